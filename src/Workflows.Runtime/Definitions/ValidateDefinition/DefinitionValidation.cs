using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.ValidateDefinition;

/// <summary>The problems that refuse a document, keyed as publishing keys them, and the warnings about what the engine reads past in it.</summary>
public sealed record DefinitionValidation(IReadOnlyList<Problem> Problems, IReadOnlyList<string> Warnings);
