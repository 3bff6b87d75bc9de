using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Digest;

/// <summary>
/// The morning digest: one mail per user listing the open tasks they may open that are overdue or due within
/// <c>Mail:DueSoonWorkingDays</c> working days (calendar days when no business calendar is registered).
/// Running twice on one day queues nothing new: the key is <c>digest:{user}:{date}</c>.
/// </summary>
public sealed class DailyDigestJob(
    WorkflowsDbContext db,
    MailRecipientResolver resolver,
    IMailComposer composer,
    IMailOutbox outbox,
    TimeProvider time,
    MailTimeZone timeZone,
    IOptions<MailOptions> options,
    IInstanceSubjects subjects,
    EnglishNames englishNames,
    IBusinessCalendar? calendar = null)
{
    public const string RecurringJobId = "mail-daily-digest";

    /// <summary>Queues today's digests and returns how many were new.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = timeZone.LocalDate(now);
        var horizon = DueSoonHorizon(today);
        var tasks = await db.Set<UserTaskRecord>().AsNoTracking()
            .Include(t => t.Candidates)
            .Where(t => t.Status == UserTaskStatus.Open && t.DueAt != null && t.DueAt < horizon)
            .OrderBy(t => t.DueAt)
            .ToListAsync(cancellationToken);

        var directory = await resolver.LoadAsync(
            tasks.SelectMany(t => CandidatesOf(t, CandidateKind.User).Append(t.Assignee)).OfType<string>(),
            tasks.SelectMany(t => CandidatesOf(t, CandidateKind.Group)),
            cancellationToken);

        var about = await AboutAsync(tasks, cancellationToken);
        var namesEn = await EnglishNamesAsync(tasks, cancellationToken);
        var queued = 0;
        var tasksByRecipient = tasks
            .SelectMany(t => directory.For(t.Assignee, CandidatesOf(t, CandidateKind.User), CandidatesOf(t, CandidateKind.Group), t.DepartmentCode).Select(r => (Recipient: r, Task: t)))
            .GroupBy(pair => pair.Recipient.UserName, StringComparer.OrdinalIgnoreCase);
        foreach (var group in tasksByRecipient)
        {
            var recipient = group.First().Recipient;
            var summaries = group.Select(pair => new TaskSummary(pair.Task.Id, pair.Task.Name ?? pair.Task.ActivityId, pair.Task.DueAt,
                about.GetValueOrDefault((pair.Task.DefinitionKey, pair.Task.BusinessKey)),
                namesEn.GetValueOrDefault((pair.Task.DefinitionKey, pair.Task.DefinitionVersion, pair.Task.ActivityId)))).ToList();
            var digest = new DigestContent(
                today,
                summaries.Where(s => s.DueAt <= now).ToList(),
                summaries.Where(s => s.DueAt > now).ToList(),
                options.Value.DueSoonWorkingDays,
                InWorkingDays: calendar is not null);
            if (await outbox.EnqueueAsync($"digest:{recipient.UserName}:{today:yyyy-MM-dd}", recipient, composer.Digest(recipient, digest), cancellationToken))
                queued++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    /// <summary>The English name (<c>name.en</c>) of each activity of the listed tasks, asked once per activity.</summary>
    private async Task<Dictionary<(string DefinitionKey, int DefinitionVersion, string ActivityId), string?>> EnglishNamesAsync(
        IEnumerable<UserTaskRecord> tasks, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string DefinitionKey, int DefinitionVersion, string ActivityId), string?>();
        foreach (var key in tasks.Select(t => (t.DefinitionKey, t.DefinitionVersion, t.ActivityId)).Distinct())
            names[key] = await englishNames.OfActivityAsync(key.DefinitionKey, key.DefinitionVersion, key.ActivityId, cancellationToken);
        return names;
    }

    /// <summary>What each instance of the listed tasks is about (the project's name), asked once per instance.</summary>
    private async Task<Dictionary<(string DefinitionKey, string? BusinessKey), string?>> AboutAsync(
        IEnumerable<UserTaskRecord> tasks, CancellationToken cancellationToken)
    {
        var about = new Dictionary<(string DefinitionKey, string? BusinessKey), string?>();
        foreach (var key in tasks.Select(t => (t.DefinitionKey, t.BusinessKey)).Distinct())
            about[key] = (await subjects.FindAsync(key.DefinitionKey, key.BusinessKey, cancellationToken))?.Name;
        return about;
    }

    /// <summary>Anything due before the end of the last "due soon" day counts; the horizon is the next local midnight.</summary>
    private DateTimeOffset DueSoonHorizon(DateOnly today)
    {
        var days = options.Value.DueSoonWorkingDays;
        var lastDay = calendar?.AddWorkingDays(today, days) ?? today.AddDays(days);
        return timeZone.StartOf(lastDay.AddDays(1));
    }

    private static IEnumerable<string> CandidatesOf(UserTaskRecord task, CandidateKind kind) =>
        task.Candidates.Where(c => c.Kind == kind).Select(c => c.Value);
}
