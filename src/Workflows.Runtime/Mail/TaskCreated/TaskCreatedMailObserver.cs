using Workflows.Engine.Execution;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Mail.TaskCreated;

/// <summary>Hooks the "new task" mail into the engine's event projection, so it commits with the task row.</summary>
internal sealed class TaskCreatedMailObserver(TaskCreatedMailer mailer) : IEngineEventObserver
{
    public async ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        if (engineEvent is UserTaskCreated created)
            await mailer.EnqueueAsync(created.Task, DepartmentVariable.At(instance, created.Task.ExecutionId), cancellationToken);
    }
}
