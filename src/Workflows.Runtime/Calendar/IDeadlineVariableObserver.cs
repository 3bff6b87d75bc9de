using Workflows.Engine.Execution;

namespace Workflows.Runtime.Calendar;

/// <summary>A domain that keeps a copy of a deadline variable (a rectification order's limit) follows its move
/// inside the calendar command's transaction; it stages rows and never saves.</summary>
public interface IDeadlineVariableObserver
{
    ValueTask OnMovedAsync(MovedDeadline moved, ProcessInstance instance, CancellationToken cancellationToken);
}
