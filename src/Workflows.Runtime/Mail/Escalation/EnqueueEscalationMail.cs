using Mediator;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Escalation;

/// <summary>
/// Mails the people responsible for an overdue deadline (users by name, groups by role). Sent by the
/// deadline timer inside its own transaction; repeating it for the same deadline sends nothing new.
/// Returns how many mails were queued.
/// </summary>
public sealed record EnqueueEscalationMail(EscalationNotice Notice, IReadOnlyList<string> Users, IReadOnlyList<string> Groups) : ICommand<int>;
