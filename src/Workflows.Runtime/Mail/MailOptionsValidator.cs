using Microsoft.Extensions.Options;
using MimeKit;

namespace Workflows.Runtime.Mail;

/// <summary>Rejects a bad <c>Mail:*</c> section at start-up with one line per problem.</summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var problems = new List<string>();
        if (options.UsesSmtp && options.Port is < 1 or > 65535)
            problems.Add($"Mail:Port must be between 1 and 65535, not {options.Port}.");
        if (!MailboxAddress.TryParse(options.From, out var from))
            problems.Add($"Mail:From is not a mail address: '{options.From}'.");
        // The sender's domain also names every Message-Id; a relay must never see the development default's 'localhost'.
        else if (options.UsesSmtp && !from.Domain.Contains('.', StringComparison.Ordinal))
            problems.Add($"Mail:From must be an address of the county's own mail domain when Mail:Host is set, not '{options.From}': it is the sender and the domain of every Message-Id.");
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out _))
            problems.Add($"Mail:BaseUrl must be an absolute URL, not '{options.BaseUrl}'.");
        if (!MailLanguage.IsSupported(options.Language))
            problems.Add($"Mail:Language must be '{MailLanguage.Chinese}' or '{MailLanguage.English}', not '{options.Language}'.");
        if (!options.UsesSmtp && string.IsNullOrWhiteSpace(options.PickupDirectory))
            problems.Add("Mail:PickupDirectory is required when Mail:Host is not set.");
        if (options.MaxAttempts < 1)
            problems.Add("Mail:MaxAttempts must be at least 1.");
        if (options.BatchSize < 1)
            problems.Add("Mail:BatchSize must be at least 1.");
        if (options.DueSoonWorkingDays < 0)
            problems.Add("Mail:DueSoonWorkingDays must not be negative.");
        if (options.FirstRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
            problems.Add("Mail:FirstRetryDelay must be positive and at most Mail:MaxRetryDelay.");
        if (options.MaxRelayRetryDelay < options.FirstRetryDelay)
            problems.Add("Mail:MaxRelayRetryDelay must be at least Mail:FirstRetryDelay.");
        if (options.SendTimeout <= TimeSpan.Zero)
            problems.Add("Mail:SendTimeout must be positive.");
        // The claims of a batch are renewed before each send: the lock must outlive one send and its recording, with room to spare.
        if (options.LockDuration < options.SendTimeout * 2)
            problems.Add($"Mail:LockDuration ({options.LockDuration}) must be at least twice Mail:SendTimeout ({options.SendTimeout}): a claim renewed before a send must outlast that send and its recording, or another dispatcher may send the same mail.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
