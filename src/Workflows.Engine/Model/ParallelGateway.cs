namespace Workflows.Engine.Model;

public sealed class ParallelGateway : Gateway;
