using System.Security.Cryptography;
using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Catalogue;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Commands.FileManagementRule;

/// <summary>
/// Art. 36: puts an internal management rule of a running system on file with its title, version, effective date and document
/// (400 keyed by field otherwise); a system not in service has none (409 <c>art-36</c>). Only the clerks of the department running
/// the system file it (403 otherwise). Returns the rule's id.
/// </summary>
/// <param name="Department">The caller's department when a department or township clerk; null for a county-wide role, which files none.</param>
public sealed record FileManagementRule(
    Guid SystemId, string? Title, string? Version, DateOnly EffectiveOn, string FileName, string ContentType, byte[] Content, string? Department,
    string Actor)
    : ICommand<Guid>;

public sealed class FileManagementRuleHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<FileManagementRule, Guid>
{
    public async ValueTask<Guid> Handle(FileManagementRule command, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().FindAsync([command.SystemId], cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", command.SystemId);
        SystemKeeper.EnsureKeeps(system, command.Department);
        CatalogueEntries.EnsureRunning(system);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(command.Title) || command.Title.Length > 200)
            problems.Add(new Problem("title", "制度名称必填，且不超过200字 (the title is required, at most 200 characters)"));
        if (string.IsNullOrWhiteSpace(command.Version) || command.Version.Length > 50)
            problems.Add(new Problem("version", "版本号必填，且不超过50字 (the version is required, at most 50 characters)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var now = deadlines.Now;
        var rule = new ManagementRule
        {
            Id = Guid.CreateVersion7(now), SystemId = system.Id, Title = command.Title!.Trim(), Version = command.Version!.Trim(),
            EffectiveOn = command.EffectiveOn, FileName = command.FileName, ContentType = command.ContentType, Content = command.Content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content)), FiledBy = command.Actor, FiledAt = now,
        };
        db.Add(rule);
        return rule.Id;
    }
}
