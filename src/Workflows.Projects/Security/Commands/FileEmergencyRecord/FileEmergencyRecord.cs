using System.Security.Cryptography;
using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Catalogue;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Commands.FileEmergencyRecord;

/// <summary>
/// Art. 38: puts a system's emergency plan, or the record of a drill, on file with its date (not in the future) and its document;
/// a system not in the catalogue, or retired by that date, has none (409 <c>art-38</c>). Returns the record's id.
/// Only the system's department or the bureau records it (403 otherwise).
/// </summary>
/// <param name="Department">The caller's department when not the bureau (empty for a county-wide role without one); null for the bureau.</param>
public sealed record FileEmergencyRecord(
    Guid SystemId, EmergencyRecordKind Kind, DateOnly Dated, string? Title, string FileName, string ContentType, byte[] Content, string? Department, string Actor)
    : ICommand<Guid>;

public sealed class FileEmergencyRecordHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<FileEmergencyRecord, Guid>
{
    public async ValueTask<Guid> Handle(FileEmergencyRecord command, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().FindAsync([command.SystemId], cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", command.SystemId);
        SystemKeeper.EnsureRecordsSecurity(system, command.Department);
        CatalogueEntries.EnsureInServiceOn(system, command.Dated, 38);
        var problems = new List<Problem>();
        if (!Enum.IsDefined(command.Kind))
            problems.Add(new Problem("kind", "请选择应急预案或应急演练 (choose the plan or a drill)"));
        if (command.Dated > deadlines.Today)
            problems.Add(new Problem("dated", "日期不能晚于今天 (the date cannot be in the future)"));
        if (string.IsNullOrWhiteSpace(command.Title) || command.Title.Length > 200)
            problems.Add(new Problem("title", "名称必填，且不超过200字 (the title is required, at most 200 characters)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var now = deadlines.Now;
        var record = new EmergencyRecord
        {
            Id = Guid.CreateVersion7(now), SystemId = command.SystemId, Kind = command.Kind, Dated = command.Dated, Title = command.Title!.Trim(),
            FileName = command.FileName, ContentType = command.ContentType, Content = command.Content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content)), RecordedBy = command.Actor, RecordedAt = now,
        };
        db.Add(record);
        return record.Id;
    }
}
