namespace Workflows.Runtime.Definitions.ValidateDefinition;

/// <summary>The problems that refuse a document and the warnings about what the engine reads past in it.</summary>
public sealed record DefinitionValidation(IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings);
