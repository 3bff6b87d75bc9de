using Mediator;
using Workflows.Persistence;
using Workflows.Runtime.Durable;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Runtime.ExternalTasks.HandleExternalTaskFailure;

/// <summary>
/// The worker holding the lock reports a failure. With retries left, the task stays open and becomes fetchable again
/// after <see cref="RetryTimeout"/> (its lock runs until then); with none left, the task closes and an incident parks
/// the token, which the operations console retries like any other (the retry opens a new task).
/// </summary>
public sealed record HandleExternalTaskFailure(
    Guid TaskId, ExternalTaskWorker Worker, string ErrorMessage, string? ErrorDetails, int Retries, TimeSpan RetryTimeout) : ICommand;

public sealed class HandleExternalTaskFailureHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<HandleExternalTaskFailure>
{
    public async ValueTask<Unit> Handle(HandleExternalTaskFailure command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var task = await ExternalTaskLocks.LoadHeldAsync(db, command.TaskId, command.Worker, now, cancellationToken);
        if (command.Retries > 0)
        {
            task.Retries = command.Retries;
            task.ErrorMessage = command.ErrorMessage;
            task.ErrorDetails = command.ErrorDetails;
            task.LockExpiresAt = now + command.RetryTimeout;
            task.Revision++;
            return Unit.Value;
        }

        var session = runner.NewSession();
        var instance = await session.LoadAsync(task.InstanceId, cancellationToken);
        var message = $"External task '{task.Topic}' failed with no retries left (worker {command.Worker.WorkerId}): {command.ErrorMessage}";
        await runner.RunAsync(session,
            engine => engine.FailExternalTaskAsync(session, instance, task.Id, message, command.Worker.WorkerId, cancellationToken),
            cancellationToken);
        return Unit.Value;
    }
}
