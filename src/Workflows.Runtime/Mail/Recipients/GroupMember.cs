using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Recipients;

/// <summary>A member of a group who can be mailed, and the department the member belongs to.</summary>
public sealed record GroupMember(MailRecipient Recipient, string? DepartmentCode);
