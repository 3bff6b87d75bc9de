using System.Text.Json;
using Mediator;
using Workflows.Persistence;
using Workflows.Runtime.Durable;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Runtime.ExternalTasks.CompleteExternalTask;

/// <summary>The worker holding the lock completes the task with its variables; the instance moves on.</summary>
public sealed record CompleteExternalTask(Guid TaskId, ExternalTaskWorker Worker, IReadOnlyDictionary<string, JsonElement>? Variables) : ICommand;

public sealed class CompleteExternalTaskHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<CompleteExternalTask>
{
    public async ValueTask<Unit> Handle(CompleteExternalTask command, CancellationToken cancellationToken)
    {
        var task = await ExternalTaskLocks.LoadHeldAsync(db, command.TaskId, command.Worker, time.GetUtcNow(), cancellationToken);
        var session = runner.NewSession();
        var instance = await session.LoadAsync(task.InstanceId, cancellationToken);
        await runner.RunAsync(session,
            engine => engine.CompleteExternalTaskAsync(session, instance, task.Id, command.Variables, command.Worker.WorkerId, cancellationToken),
            cancellationToken);
        return Unit.Value;
    }
}
