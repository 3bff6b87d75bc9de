using Mediator;
using Workflows.Engine.Execution;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.ListInstances;
using Workflows.Runtime.Messages.ListMessageRecipients;

namespace Workflows.Host.Authorization;

/// <summary>
/// A clerk moves on only their own department's instances: a message is refused when any instance it would reach
/// belongs to another department, or when its business key binds it to a project the clerk may not act on.
/// </summary>
public static class MessageAccess
{
    public static async Task EnsureCanCorrelateAsync(Caller caller, string name, string? businessKey, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!caller.IsDepartmentScoped)
        {
            return;
        }

        var department = caller.DepartmentCode ?? "";
        var own = businessKey is null ? [] : await mediator.Send(
            new ListInstances(Status: InstanceStatus.Running, BusinessKey: businessKey, Take: 1, Department: department), cancellationToken);
        if (own.Count == 0)
        {
            throw new ForbiddenException($"No running instance of {caller.DepartmentCode} has business key '{businessKey}'.");
        }

        await ProjectBinding.EnsureCanBindAsync(caller, businessKey, variables: null, mediator, cancellationToken);
        var recipients = await mediator.Send(new ListMessageRecipients(name, businessKey), cancellationToken);
        if (recipients.FirstOrDefault(recipient => recipient.DepartmentCode != department) is { } foreign)
        {
            throw new ForbiddenException($"Message '{name}' on business key '{businessKey}' would reach process instance {foreign.InstanceId} of another department.");
        }
    }
}
