using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Catalogue;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Commands.RecordSecurityIncident;

/// <summary>
/// Art. 38: records a security incident of a catalogued system with its handling and its report (to whom, when): an incident
/// without them is refused (400 <c>art-38</c>), since the measures keep both; so is an incident of a system not in the catalogue or
/// retired by then (409 <c>art-38</c>). Returns the incident's id.
/// Only the system's department or the bureau records it (403 otherwise).
/// </summary>
/// <param name="Department">The caller's department when not the bureau (empty for a county-wide role without one); null for the bureau.</param>
public sealed record RecordSecurityIncident(
    Guid SystemId, DateTimeOffset OccurredAt, string? Description, IncidentSeverity Severity, string? Handling,
    string? ReportedTo, DateTimeOffset? ReportedAt, string? Department, string Actor) : ICommand<Guid>;

public sealed class RecordSecurityIncidentHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<RecordSecurityIncident, Guid>
{
    public async ValueTask<Guid> Handle(RecordSecurityIncident command, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().FindAsync([command.SystemId], cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", command.SystemId);
        SystemKeeper.EnsureRecordsSecurity(system, command.Department);
        CatalogueEntries.EnsureInServiceOn(system, deadlines.LocalDate(command.OccurredAt), 38);
        var now = deadlines.Now;
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(command.Description) || command.Description.Length > 2000)
            problems.Add(new Problem("description", "事件经过必填，且不超过2000字 (what happened is required, at most 2000 characters)"));
        if (!Enum.IsDefined(command.Severity))
            problems.Add(new Problem("severity", "事件级别无效 (unknown severity)"));
        if (command.OccurredAt > now)
            problems.Add(new Problem("occurredAt", "发生时间不能晚于现在 (the incident cannot be in the future)"));
        if (string.IsNullOrWhiteSpace(command.Handling) || string.IsNullOrWhiteSpace(command.ReportedTo) || command.ReportedAt is null)
            problems.Add(Problem.From("安全事件须记录处置情况及报告对象和报告时间（第三十八条） (art. 38: the handling and the report are kept)"));
        else if (command.ReportedAt > now || command.ReportedAt < command.OccurredAt)
            problems.Add(new Problem("reportedAt", "报告时间须在发生时间之后且不晚于现在 (the report follows the incident and is not in the future)"));
        if (command.Handling?.Length > 2000 || command.ReportedTo?.Length > 200)
            problems.Add(new Problem("handling", "处置情况不超过2000字，报告对象不超过200字 (handling: at most 2000 characters, reported to: 200)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var incident = new SecurityIncident
        {
            Id = Guid.CreateVersion7(now), SystemId = command.SystemId, OccurredAt = command.OccurredAt.ToUniversalTime(),
            Description = command.Description!.Trim(), Severity = command.Severity, Handling = command.Handling!.Trim(),
            ReportedTo = command.ReportedTo!.Trim(), ReportedAt = command.ReportedAt!.Value.ToUniversalTime(),
            RecordedBy = command.Actor, RecordedAt = now,
        };
        db.Add(incident);
        return incident.Id;
    }
}
