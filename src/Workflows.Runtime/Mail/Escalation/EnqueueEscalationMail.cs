using Mediator;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Escalation;

/// <summary>
/// Mails the people responsible for an overdue deadline (users by name, groups by role). Sent by the
/// deadline timer inside its own transaction; repeating it for the same deadline sends nothing new.
/// Returns how many mails were queued. The escalation groups are county-wide roles (bureau, finance); should a department
/// or township group be configured, only its members of <see cref="Department"/> are mailed, as for the task itself.
/// </summary>
public sealed record EnqueueEscalationMail(EscalationNotice Notice, IReadOnlyList<string> Users, IReadOnlyList<string> Groups, string? Department = null)
    : ICommand<int>;
