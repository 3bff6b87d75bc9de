namespace Workflows.Engine.Model;

/// <summary>One <c>camunda:in</c> or <c>camunda:out</c> mapping: copy <see cref="Source"/> into <see cref="Target"/>.</summary>
public sealed record VariableMapping(string Source, string Target);
