namespace Workflows.Persistence.Definitions;

public enum DefinitionStatus { Draft, Published, Retired }
