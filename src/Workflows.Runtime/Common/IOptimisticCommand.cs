namespace Workflows.Runtime.Common;

/// <summary>
/// A command whose reads are all guarded by the instance revision it saves (starting an instance, completing a
/// task): on SQLite it may read and compute outside the write gate and take the gate only to save. See
/// <see cref="TransactionBehavior{TMessage, TResponse}"/>.
/// </summary>
public interface IOptimisticCommand;
