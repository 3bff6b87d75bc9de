using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>One <c>camunda:in</c> or <c>camunda:out</c> mapping: copy <see cref="Source"/> into <see cref="Target"/>,
/// or, with <c>sourceExpression</c>, the value of <see cref="SourceExpression"/> over the giving side's variables.</summary>
public sealed record VariableMapping(string Source, string Target, CompiledExpression? SourceExpression = null);
