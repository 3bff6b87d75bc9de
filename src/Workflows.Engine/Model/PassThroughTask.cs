namespace Workflows.Engine.Model;

/// <summary>A plain <c>task</c>, <c>manualTask</c> and the like: passes through.</summary>
public sealed class PassThroughTask : Activity;
