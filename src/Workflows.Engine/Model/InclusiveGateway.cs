namespace Workflows.Engine.Model;

public sealed class InclusiveGateway : Gateway
{
    public SequenceFlow? Default { get; set; }
}
