using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Construction.Commands.ReportSpending;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>Art. 19: the lead department reports its spending quarter by quarter during construction; the project page shows it.</summary>
public static class ProjectSpendingEndpoints
{
    public sealed record SpendingReportRequest(int Year, int Quarter, decimal SpentToDate, string? Note);

    public sealed record SpendingReported(Guid Id);

    public static RouteGroupBuilder MapProjectSpendingEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/spending-reports", ReportSpending);
        return group;
    }

    public static async Task<Created<SpendingReported>> ReportSpending(Guid id, SpendingReportRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var project = await mediator.Send(new GetProjectDepartments(id));
        if (!caller.IsDepartmentScoped || caller.DepartmentCode != project.LeadDepartmentCode)
            throw new ForbiddenException("只有牵头部门报告建设资金支出 (only the lead department reports its spending)");
        var reportId = await mediator.Send(new ReportSpending(id, request.Year, request.Quarter, request.SpentToDate, request.Note, caller.UserName));
        return TypedResults.Created($"/api/projects/{id}", new SpendingReported(reportId));
    }
}
