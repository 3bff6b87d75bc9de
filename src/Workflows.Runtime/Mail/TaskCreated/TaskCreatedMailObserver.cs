using Workflows.Engine.Execution;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Mail.Recipients;

namespace Workflows.Runtime.Mail.TaskCreated;

/// <summary>Hooks the "new task" mail into the engine's event projection, so it commits with the task row.</summary>
internal sealed class TaskCreatedMailObserver(TaskCreatedMailer mailer, IInstanceSubjects subjects, EnglishNames englishNames) : IEngineEventObserver
{
    public async ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        if (engineEvent is not UserTaskCreated created)
            return;
        var about = await subjects.FindAsync(instance.DefinitionKey, instance.BusinessKey, cancellationToken);
        var nameEn = await englishNames.OfActivityAsync(instance.DefinitionKey, instance.DefinitionVersion, created.Task.ActivityId, cancellationToken);
        await mailer.EnqueueAsync(created.Task, DepartmentVariable.At(instance, created.Task.ExecutionId), about?.Name, nameEn, cancellationToken);
    }
}
