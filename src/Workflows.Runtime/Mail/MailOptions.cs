using MailKit.Security;

namespace Workflows.Runtime.Mail;

/// <summary>The <c>Mail:*</c> configuration section: SMTP relay, pickup fallback, templates and retry policy.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>SMTP host; when empty every mail is written as an .eml file to <see cref="PickupDirectory"/>.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "项目审批平台 <workflows@localhost>";

    public string PickupDirectory { get; set; } = Path.Combine("data", "mail");

    /// <summary>Base address of the web UI; task links are <c>{BaseUrl}/tasks/{id}</c>.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Template language when the user has no preference: <c>zh-CN</c> or <c>en</c>.</summary>
    public string Language { get; set; } = MailLanguage.Chinese;

    /// <summary>Local time (in <c>Calendar:TimeZone</c>) at which the daily digest is sent.</summary>
    public TimeOnly DigestTime { get; set; } = new(8, 30);

    /// <summary>Open tasks due within this many working days appear in the digest as "due soon".</summary>
    public int DueSoonWorkingDays { get; set; } = 3;

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The longest wait between two tries of an unreachable relay. An outage costs no mail an attempt: the whole
    /// queue waits, from <see cref="FirstRetryDelay"/> doubling up to this, and is sent soon after the relay is back.
    /// </summary>
    public TimeSpan MaxRelayRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest one connection or one mail may take before it counts as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long a claim holds without renewal. The dispatcher renews its batch's claims before each send, so
    /// this only has to cover one send and its recording; a dispatcher that dies leaves its mails to others after it.
    /// </summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    public int BatchSize { get; set; } = 50;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
