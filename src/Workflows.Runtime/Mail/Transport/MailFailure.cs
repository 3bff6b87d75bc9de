using MailKit.Net.Smtp;

namespace Workflows.Runtime.Mail.Transport;

/// <summary>
/// Why one mail was not delivered. A 5xx reply is permanent and fails the mail at once; a 4xx reply, a timeout
/// or a broken connection is temporary. Only a reply leaves the SMTP conversation in a known state.
/// </summary>
/// <param name="Description">The server's reply (<c>550 5.1.1 …</c>) or the error, as recorded on the row.</param>
public sealed record MailFailure(string Description, bool IsPermanent, bool IsReply)
{
    /// <summary>The length of <c>mail_outbox.last_error</c>.</summary>
    public const int MaxDescriptionLength = 2000;

    public static MailFailure From(Exception error) => error switch
    {
        SmtpCommandException command => new(Cut($"{(int)command.StatusCode} {command.Message}"), (int)command.StatusCode >= 500, true),
        OperationCanceledException => new(Cut($"No answer within Mail:SendTimeout ({error.Message})"), false, false),
        _ => new(Cut($"{error.GetType().Name}: {error.Message}"), false, false),
    };

    private static string Cut(string description) =>
        description.Length > MaxDescriptionLength ? description[..MaxDescriptionLength] : description;
}
