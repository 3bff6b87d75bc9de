using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Workflows.Host.Authorization;
using Workflows.Host.Uploads;
using Workflows.Projects.Catalogue.Queries.GetSystemOwner;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Security;
using Workflows.Projects.Evaluation.Commands.RecordApplicationEvaluation;
using Workflows.Projects.Evaluation.Queries.ListApplicationEvaluations;
using Workflows.Projects.Security.Commands.FileEmergencyRecord;
using Workflows.Projects.Security.Commands.RecordSecurityIncident;
using Workflows.Projects.Security.Queries.GetEmergencyRecordFile;
using Workflows.Projects.Security.Queries.GetSystemSecurity;
using Workflows.Projects.Security.Queries.ListEmergencyGaps;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// A catalogued system in operation: the bureau's application-efficiency evaluations (art. 29, recorded only by the bureau) and
/// its security incidents, emergency plan and drills (art. 38, recorded by the system's department or the bureau). A clerk sees
/// its own department's systems, the county-wide roles every system.
/// </summary>
public static class SystemOperationEndpoints
{
    public sealed record ApplicationEvaluationRequest(
        int Year, DateOnly EvaluatedOn, string? Evaluator, bool DocumentReview, string? ThirdParty, int? QuestionnaireResponses,
        IReadOnlyList<RecordApplicationEvaluation.DimensionScore>? Scores, string? Conclusion);

    public sealed record SecurityIncidentRequest(
        DateTimeOffset OccurredAt, string? Description, IncidentSeverity Severity, string? Handling, string? ReportedTo, DateTimeOffset? ReportedAt);

    public sealed record Recorded(Guid Id);

    public static IEndpointRouteBuilder MapSystemOperationEndpoints(this IEndpointRouteBuilder app)
    {
        var systems = app.MapGroup("/api/catalogue/{systemId:guid}").WithTags("Catalogue");
        systems.MapGet("/application-evaluations", ListSystemEvaluations);
        systems.MapPost("/application-evaluations", RecordEvaluation);
        systems.MapGet("/security", GetSecurity);
        systems.MapPost("/security-incidents", RecordIncident);
        // The host's own antiforgery middleware checks cookie-authenticated uploads (UseApiAntiforgery).
        systems.MapPost("/emergency-records", FileEmergencyRecord).DisableAntiforgery();
        systems.MapGet("/emergency-records/{recordId:guid}", DownloadEmergencyRecord);
        app.MapGet("/api/evaluations/applications", ListEvaluations).WithTags("Evaluations");
        app.MapGet("/api/security/emergency-gaps", ListEmergencyGaps).WithTags("Security");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ApplicationEvaluationView>>> ListSystemEvaluations(
        Guid systemId, int? year, ClaimsPrincipal principal, IMediator mediator)
    {
        await VisibleSystemAsync(systemId, Caller.From(principal), mediator);
        return TypedResults.Ok(await mediator.Send(new ListApplicationEvaluations(systemId, year, null)));
    }

    public static async Task<Ok<IReadOnlyList<ApplicationEvaluationView>>> ListEvaluations(int? year, ClaimsPrincipal principal, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListApplicationEvaluations(null, year, ProjectAccess.VisibleDepartment(Caller.From(principal)))));

    public static async Task<Created<Recorded>> RecordEvaluation(Guid systemId, ApplicationEvaluationRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (!caller.Roles.Contains(ProjectRoles.Bureau))
            throw new ForbiddenException("只有主管部门开展应用成效评估（第二十九条） (only the bureau records the application-efficiency evaluation)");
        var id = await mediator.Send(new RecordApplicationEvaluation(systemId, request.Year, request.EvaluatedOn, request.Evaluator,
            request.DocumentReview, request.ThirdParty, request.QuestionnaireResponses, request.Scores, request.Conclusion, caller.UserName));
        return TypedResults.Created($"/api/catalogue/{systemId}/application-evaluations", new Recorded(id));
    }

    public static async Task<Ok<SystemSecurity>> GetSecurity(Guid systemId, ClaimsPrincipal principal, IMediator mediator)
    {
        await VisibleSystemAsync(systemId, Caller.From(principal), mediator);
        return TypedResults.Ok(await mediator.Send(new GetSystemSecurity(systemId)));
    }

    public static async Task<Created<Recorded>> RecordIncident(Guid systemId, SecurityIncidentRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var id = await mediator.Send(new RecordSecurityIncident(systemId, request.OccurredAt, request.Description, request.Severity,
            request.Handling, request.ReportedTo, request.ReportedAt, SecurityRecorder(caller), caller.UserName));
        return TypedResults.Created($"/api/catalogue/{systemId}/security", new Recorded(id));
    }

    public static async Task<Created<Recorded>> FileEmergencyRecord(
        Guid systemId, [FromForm] string? kind, [FromForm] string? dated, [FromForm] string? title, IFormFile? file,
        ClaimsPrincipal principal, IMediator mediator, IOptions<AttachmentOptions> options, CancellationToken cancellationToken)
    {
        var caller = Caller.From(principal);
        var problems = new List<Problem>();
        if (!Enum.TryParse<EmergencyRecordKind>(kind, ignoreCase: true, out var recordKind) || !Enum.IsDefined(recordKind))
            problems.Add(new Problem("kind", "请选择应急预案（Plan）或应急演练（Drill） (kind: Plan or Drill)"));
        if (!DateOnly.TryParseExact(dated, "yyyy-MM-dd", out var date))
            problems.Add(new Problem("dated", "请填写日期（yyyy-MM-dd） (the date, as yyyy-MM-dd)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        var upload = await UploadedFile.ReadAsync(file, options, cancellationToken);
        var id = await mediator.Send(new FileEmergencyRecord(systemId, recordKind, date, title, upload.FileName, upload.ContentType, upload.Content,
            SecurityRecorder(caller), caller.UserName), cancellationToken);
        return TypedResults.Created($"/api/catalogue/{systemId}/emergency-records/{id}", new Recorded(id));
    }

    public static async Task<FileContentHttpResult> DownloadEmergencyRecord(Guid systemId, Guid recordId, ClaimsPrincipal principal, IMediator mediator)
    {
        await VisibleSystemAsync(systemId, Caller.From(principal), mediator);
        var record = await mediator.Send(new GetEmergencyRecordFile(systemId, recordId));
        return TypedResults.File(record.Content, FileKinds.ContentTypeOf(record.FileName), record.FileName);
    }

    public static async Task<Ok<IReadOnlyList<EmergencyGap>>> ListEmergencyGaps(ClaimsPrincipal principal, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListEmergencyGaps(ProjectAccess.VisibleDepartment(Caller.From(principal)))));

    /// <summary>The county-wide roles see every system, a clerk its own department's (403 otherwise).</summary>
    internal static async Task<SystemOwner> VisibleSystemAsync(Guid systemId, Caller caller, IMediator mediator)
    {
        var system = await mediator.Send(new GetSystemOwner(systemId));
        if (caller.IsDepartmentScoped && caller.DepartmentCode != system.DepartmentCode)
            throw new ForbiddenException($"System {systemId} is not one of {caller.DepartmentCode}'s systems.");
        return system;
    }

    /// <summary>Art. 38: the bureau (null) or the caller's department, which the command checks against the system's.</summary>
    private static string? SecurityRecorder(Caller caller) =>
        caller.Roles.Contains(ProjectRoles.Bureau) ? null : caller.IsDepartmentScoped ? caller.DepartmentCode ?? "" : "";
}
