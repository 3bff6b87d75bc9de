using Microsoft.Extensions.Options;
using MimeKit;

namespace Workflows.Runtime.Mail.Transport;

/// <summary>
/// The default on a machine without <c>Mail:Host</c>: each mail becomes <c>{message id}.eml</c> in
/// <c>Mail:PickupDirectory</c>. Writing to a temporary name and renaming means a reader never sees half
/// a file, and a retry overwrites instead of duplicating.
/// </summary>
public sealed class PickupDirectoryMailTransport(IOptions<MailOptions> options) : IMailTransport, IMailSession
{
    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.PickupDirectory);
        return Task.FromResult<IMailSession>(this);
    }

    public bool IsConnected => true;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = options.Value.PickupDirectory;
        var fileName = Path.Combine(directory, FileNameOf(message));
        var temporary = fileName + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, fileName, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string FileNameOf(MimeMessage message)
    {
        var id = message.MessageId ?? Guid.NewGuid().ToString("N");
        var safe = string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        return safe + ".eml";
    }
}
