using System.Data.Common;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Catalogue;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Commands.RecordMonitoringCheck;

/// <summary>
/// Art. 36: records a day's monitoring of a running system (409 <c>art-36</c> for a system not in service): the day (not in the
/// future, 400 <c>checkedOn</c>), normal or abnormal, and notes, which an abnormal day needs (400 <c>notes</c>). A day already
/// checked is corrected: the new entry stands and the earlier one stays in the log, since a clerk who enters the day again
/// means to correct it (an abnormality found later that day) and a monitoring log loses nothing. Only the clerks of the department
/// running the system record it (403 otherwise).
/// </summary>
/// <param name="Department">The caller's department when a department or township clerk; null for a county-wide role, which records none.</param>
public sealed record RecordMonitoringCheck(Guid SystemId, DateOnly CheckedOn, MonitoringStatus Status, string? Notes, string? Department, string Actor)
    : ICommand<MonitoringCheckRecorded>;

public sealed class RecordMonitoringCheckHandler(WorkflowsDbContext db, ProjectDeadlines deadlines)
    : ICommandHandler<RecordMonitoringCheck, MonitoringCheckRecorded>
{
    public async ValueTask<MonitoringCheckRecorded> Handle(RecordMonitoringCheck command, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().FindAsync([command.SystemId], cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", command.SystemId);
        SystemKeeper.EnsureKeeps(system, command.Department);
        CatalogueEntries.EnsureRunning(system);
        var problems = new List<Problem>();
        if (command.CheckedOn > deadlines.Today)
            problems.Add(new Problem("checkedOn", "监测日期不能晚于今天 (the day checked cannot be in the future)"));
        if (!Enum.IsDefined(command.Status))
            problems.Add(new Problem("status", "请选择正常或异常 (status: Normal or Abnormal)"));
        if (command.Notes?.Length > 2000)
            problems.Add(new Problem("notes", "说明不超过2000字 (notes: at most 2000 characters)"));
        else if (command.Status == MonitoringStatus.Abnormal && string.IsNullOrWhiteSpace(command.Notes))
            problems.Add(new Problem("notes", "异常须说明情况 (an abnormal day needs notes saying what was found)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var earlier = await db.Set<MonitoringCheck>()
            .CountAsync(c => c.SystemId == system.Id && c.CheckedOn == command.CheckedOn, cancellationToken);
        var now = deadlines.Now;
        var check = new MonitoringCheck
        {
            Id = Guid.CreateVersion7(now), SystemId = system.Id, CheckedOn = command.CheckedOn, Revision = earlier + 1,
            Status = command.Status, Notes = command.Notes?.Trim() ?? "", RecordedBy = command.Actor, RecordedAt = now,
        };
        db.Add(check);
        await SaveAsync(command.CheckedOn, cancellationToken);
        return new MonitoringCheckRecorded(check.Id, check.Revision);
    }

    /// <summary>
    /// Saves the entry at once: when another clerk's entry for the same day committed after this one counted the day's
    /// entries, both would be the same revision; the unique index refuses this one (SQL state 23505), answered as a 409.
    /// </summary>
    private async Task SaveAsync(DateOnly checkedOn, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is DbException { SqlState: UniqueViolation })
        {
            throw new ConflictException(new Problem("revision",
                checkedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 的监测记录刚被他人更正，请刷新后再提交 (the day's monitoring was corrected by someone else just now: reload and submit again)"));
        }
    }

    private const string UniqueViolation = "23505";
}
