using Workflows.Engine.Execution;

namespace Workflows.Runtime.Common;

/// <summary>An optimistic attempt met work that needs the command's transaction; the command runs again under the write gate.</summary>
public sealed class OptimisticAttemptAbandonedException()
    : EngineCallAbandonedException("This work needs the command's transaction; the command runs again under the write gate.");
