using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Departments;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Parts;
using Workflows.Projects.Common;

namespace Workflows.Projects.Projects.Commands.RegisterCoBuilders;

/// <summary>Names the co-building departments and townships of a cross-department project (arts. 6, 8).</summary>
public sealed record RegisterCoBuilders(Guid ProjectId, IReadOnlyList<string> DepartmentCodes, string? Actor = null) : ICommand;

public sealed class RegisterCoBuildersHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RegisterCoBuilders>
{
    public async ValueTask<Unit> Handle(RegisterCoBuilders command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var codes = command.DepartmentCodes.Distinct().ToList();
        var known = await db.Set<Department>().Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        var problems = codes.Except(known).Select(code => $"共建单位 {code} 不存在（第八条） (art. 8: unknown co-building department)").ToList();
        RuleViolation.ThrowIf(codes.Contains(project.LeadDepartmentCode), "牵头部门不能同时作为共建单位（第八条） (art. 8: the lead is not a co-builder)");
        RuleViolation.ThrowIfAny(problems);
        foreach (var code in codes.Where(code => project.CoBuilders.All(c => c.DepartmentCode != code)))
            project.CoBuilders.Add(new ProjectCoBuilder { ProjectId = project.Id, DepartmentCode = code });
        project.Record(time.GetUtcNow(), command.Actor, "co-builders-registered", $"登记共建单位：{await DepartmentNames.JoinAsync(db, codes, cancellationToken)}", newValues: new { codes });
        return Unit.Value;
    }
}
