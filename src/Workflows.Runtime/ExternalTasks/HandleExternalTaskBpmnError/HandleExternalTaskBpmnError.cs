using System.Text.Json;
using Mediator;
using Workflows.Persistence;
using Workflows.Runtime.Durable;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Runtime.ExternalTasks.HandleExternalTaskBpmnError;

/// <summary>The worker holding the lock reports a business error: the task closes and the error is thrown from it,
/// caught by a matching error boundary event or, uncaught, parked on an incident; its message is kept in the history.</summary>
public sealed record HandleExternalTaskBpmnError(
    Guid TaskId, ExternalTaskWorker Worker, string ErrorCode, string? ErrorMessage, IReadOnlyDictionary<string, JsonElement>? Variables) : ICommand;

public sealed class HandleExternalTaskBpmnErrorHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<HandleExternalTaskBpmnError>
{
    public async ValueTask<Unit> Handle(HandleExternalTaskBpmnError command, CancellationToken cancellationToken)
    {
        var task = await ExternalTaskLocks.LoadHeldAsync(db, command.TaskId, command.Worker, time.GetUtcNow(), cancellationToken);
        var session = runner.NewSession();
        var instance = await session.LoadAsync(task.InstanceId, cancellationToken);
        await runner.RunAsync(session,
            engine => engine.ThrowExternalTaskErrorAsync(session, instance, task.Id, command.ErrorCode, command.ErrorMessage, command.Variables, command.Worker.WorkerId, cancellationToken),
            cancellationToken);
        return Unit.Value;
    }
}
