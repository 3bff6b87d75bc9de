namespace Workflows.Engine.Model;

public abstract class Gateway : FlowNode;

public sealed class ExclusiveGateway : Gateway
{
    public SequenceFlow? Default { get; set; }
}

public sealed class InclusiveGateway : Gateway
{
    public SequenceFlow? Default { get; set; }
}

public sealed class ParallelGateway : Gateway;
