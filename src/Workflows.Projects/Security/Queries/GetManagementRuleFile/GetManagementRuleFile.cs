using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Queries.GetManagementRuleFile;

/// <summary>The document of a system's internal management rule (art. 36).</summary>
public sealed record GetManagementRuleFile(Guid SystemId, Guid RuleId) : IQuery<ManagementRule>;

public sealed class GetManagementRuleFileHandler(WorkflowsDbContext db) : IQueryHandler<GetManagementRuleFile, ManagementRule>
{
    public async ValueTask<ManagementRule> Handle(GetManagementRuleFile query, CancellationToken cancellationToken) =>
        await db.Set<ManagementRule>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RuleId && r.SystemId == query.SystemId, cancellationToken)
        ?? throw NotFoundException.For("内部管理制度 (management rule)", query.RuleId);
}
