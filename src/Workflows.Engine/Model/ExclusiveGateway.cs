namespace Workflows.Engine.Model;

public sealed class ExclusiveGateway : Gateway
{
    public SequenceFlow? Default { get; set; }
}
