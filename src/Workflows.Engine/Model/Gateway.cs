namespace Workflows.Engine.Model;

public abstract class Gateway : FlowNode;
