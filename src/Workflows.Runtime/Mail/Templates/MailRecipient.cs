namespace Workflows.Runtime.Mail.Templates;

/// <summary>A user who receives a mail, with the language their templates are rendered in.</summary>
public sealed record MailRecipient(string UserName, string DisplayName, string Email, string Language)
{
    /// <summary>The RFC 5322 mailbox, e.g. <c>张三 &lt;zhang@example.gov.cn&gt;</c>.</summary>
    public string Mailbox => new MimeKit.MailboxAddress(DisplayName, Email).ToString();
}
