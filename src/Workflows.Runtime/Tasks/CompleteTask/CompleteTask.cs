using System.Text.Json;
using Mediator;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.CompleteTask;

/// <summary>Completes an open task with the form's variables and moves the instance on to its next waits.</summary>
public sealed record CompleteTask(Guid TaskId, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? Actor = null) : ICommand, IOptimisticCommand;

public sealed class CompleteTaskHandler(WorkflowsDbContext db, EngineRunner runner) : ICommandHandler<CompleteTask>
{
    public async ValueTask<Unit> Handle(CompleteTask command, CancellationToken cancellationToken)
    {
        var task = await OpenTasks.LoadWithInstanceAsync(db, command.TaskId, cancellationToken);
        PendingDelegation.EnsureNone(task);
        var session = runner.NewSession();
        var instance = await session.LoadAsync(task.InstanceId, cancellationToken);
        try
        {
            await runner.RunAsync(session,
                engine => engine.CompleteTaskAsync(session, instance, command.TaskId, command.Variables, command.Actor, cancellationToken),
                cancellationToken);
        }
        catch (TaskNotOpenException)
        {
            // The row said open but the state had moved on: another command completed it meanwhile.
            throw new TaskAlreadyCompletedException(command.TaskId, completedBy: null);
        }
        return Unit.Value;
    }
}
