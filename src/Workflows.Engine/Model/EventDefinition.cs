namespace Workflows.Engine.Model;

public abstract record EventDefinition;
