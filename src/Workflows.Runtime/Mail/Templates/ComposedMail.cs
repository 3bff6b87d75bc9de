namespace Workflows.Runtime.Mail.Templates;

/// <summary>A rendered mail: subject and the same content as HTML and as plain text.</summary>
public sealed record ComposedMail(string Subject, string HtmlBody, string TextBody);
