using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Security;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Projects.Security.Commands.RecordSecurityAssessment;
using Workflows.Projects.Security.Queries.ListSecurityReassessments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Art. 37: the lead department (or the bureau) records a project's 等保测评 and 密评 with their reports; the re-evaluations
/// falling due are listed for the bureau and finance (all) and for a department (its own).
/// </summary>
public static class SecurityEndpoints
{
    public sealed record SecurityAssessmentRequest(SecurityAssessmentKind Kind, DateOnly AssessedOn, string? Assessor, string? Conclusion);

    public sealed record SecurityAssessmentRecorded(Guid Id);

    public static RouteGroupBuilder MapProjectSecurityEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/security-assessments", RecordAssessment);
        return group;
    }

    public static RouteGroupBuilder MapSecurityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/security").WithTags("Security");
        group.MapGet("/reassessments", ListReassessments);
        return group;
    }

    public static async Task<Created<SecurityAssessmentRecorded>> RecordAssessment(
        Guid id, SecurityAssessmentRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var project = await mediator.Send(new GetProjectDepartments(id));
        var lead = caller.IsDepartmentScoped && caller.DepartmentCode == project.LeadDepartmentCode;
        if (!lead && !caller.Roles.Contains(ProjectRoles.Bureau))
            throw new ForbiddenException("只有牵头部门或主管部门可以备案测评 (only the lead department or the bureau records assessments)");
        var assessmentId = await mediator.Send(new RecordSecurityAssessment(
            id, request.Kind, request.AssessedOn, request.Assessor ?? "", request.Conclusion ?? "", caller.UserName));
        return TypedResults.Created($"/api/projects/{id}", new SecurityAssessmentRecorded(assessmentId));
    }

    public static async Task<Ok<IReadOnlyList<SecurityReassessment>>> ListReassessments(ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        return TypedResults.Ok(await mediator.Send(new ListSecurityReassessments(ProjectAccess.VisibleDepartment(caller))));
    }
}
