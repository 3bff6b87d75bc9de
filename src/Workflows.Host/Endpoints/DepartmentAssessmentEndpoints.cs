using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Evaluation.Commands.RecordDepartmentAssessment;
using Workflows.Projects.Evaluation.Queries.ListDepartmentAssessments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Art. 30: the bureau records the annual assessment of each department's IT work (only the bureau, 403 otherwise); the
/// county-wide roles read them all, a clerk its own department's.
/// </summary>
public static class DepartmentAssessmentEndpoints
{
    public sealed record DepartmentAssessmentRequest(AssessmentGrade Grade, decimal? Score, string? Remarks);

    public static RouteGroupBuilder MapDepartmentAssessmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations/department-assessments").WithTags("Evaluations");
        group.MapGet("/", ListAssessments);
        group.MapPut("/{year:int}/{departmentCode}", RecordAssessment);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<DepartmentAssessmentView>>> ListAssessments(
        int? year, string? departmentCode, ClaimsPrincipal principal, IMediator mediator)
    {
        var department = ProjectAccess.VisibleDepartment(Caller.From(principal)) ?? departmentCode;
        return TypedResults.Ok(await mediator.Send(new ListDepartmentAssessments(year, department)));
    }

    public static async Task<Ok<DepartmentAssessmentView>> RecordAssessment(
        int year, string departmentCode, DepartmentAssessmentRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (!caller.Roles.Contains(ProjectRoles.Bureau))
            throw new ForbiddenException("只有主管部门可以记录部门信息化工作年度考核（第三十条） (only the bureau records the annual assessment)");
        var id = await mediator.Send(new RecordDepartmentAssessment(year, departmentCode, request.Grade, request.Score, request.Remarks, caller.UserName));
        return TypedResults.Ok((await mediator.Send(new ListDepartmentAssessments(year, departmentCode))).Single(a => a.Id == id));
    }
}
