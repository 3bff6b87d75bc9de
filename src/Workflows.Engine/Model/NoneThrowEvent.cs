namespace Workflows.Engine.Model;

/// <summary>An <c>intermediateThrowEvent</c> without event definition: it marks a state and passes through.</summary>
public sealed class NoneThrowEvent : FlowNode;
