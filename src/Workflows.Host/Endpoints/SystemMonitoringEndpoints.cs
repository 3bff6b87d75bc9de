using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Workflows.Host.Authorization;
using Workflows.Host.Uploads;
using Workflows.Projects.Domain.Security;
using Workflows.Projects.Security.Commands.FileManagementRule;
using Workflows.Projects.Security.Commands.RecordMonitoringCheck;
using Workflows.Projects.Security.Queries.GetManagementRuleFile;
using Workflows.Projects.Security.Queries.GetSystemMonitoring;
using Workflows.Projects.Security.Queries.ListMonitoringGaps;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Art. 36: a running system's internal management rules and daily monitoring log, kept by the department that runs it (its
/// clerks alone file them; the bureau and the other county-wide roles read every system's, another department none).
/// </summary>
public static class SystemMonitoringEndpoints
{
    public sealed record MonitoringCheckRequest(DateOnly? CheckedOn, MonitoringStatus? Status, string? Notes);

    public static IEndpointRouteBuilder MapSystemMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        var systems = app.MapGroup("/api/catalogue/{systemId:guid}").WithTags("Catalogue");
        systems.MapGet("/monitoring", GetMonitoring);
        systems.MapPost("/monitoring-checks", RecordCheck);
        // The host's own antiforgery middleware checks cookie-authenticated uploads (UseApiAntiforgery).
        systems.MapPost("/management-rules", FileRule).DisableAntiforgery();
        systems.MapGet("/management-rules/{ruleId:guid}", DownloadRule);
        app.MapGet("/api/security/monitoring-gaps", ListMonitoringGaps).WithTags("Security");
        return app;
    }

    public static async Task<Ok<SystemMonitoring>> GetMonitoring(Guid systemId, ClaimsPrincipal principal, IMediator mediator)
    {
        await SystemOperationEndpoints.VisibleSystemAsync(systemId, Caller.From(principal), mediator);
        return TypedResults.Ok(await mediator.Send(new GetSystemMonitoring(systemId)));
    }

    public static async Task<Created<MonitoringCheckRecorded>> RecordCheck(
        Guid systemId, MonitoringCheckRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        var problems = new List<Problem>();
        if (request.CheckedOn is null)
            problems.Add(new Problem("checkedOn", "请填写监测日期 (the day checked is required)"));
        if (request.Status is null)
            problems.Add(new Problem("status", "请选择正常或异常 (status: Normal or Abnormal)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        var recorded = await mediator.Send(new RecordMonitoringCheck(systemId, request.CheckedOn!.Value, request.Status!.Value, request.Notes,
            ProjectAccess.VisibleDepartment(caller), caller.UserName));
        return TypedResults.Created($"/api/catalogue/{systemId}/monitoring", recorded);
    }

    public static async Task<Created<SystemOperationEndpoints.Recorded>> FileRule(
        Guid systemId, [FromForm] string? title, [FromForm] string? version, [FromForm] string? effectiveOn, IFormFile? file,
        ClaimsPrincipal principal, IMediator mediator, IOptions<AttachmentOptions> options, CancellationToken cancellationToken)
    {
        var caller = Caller.From(principal);
        if (!DateOnly.TryParseExact(effectiveOn, "yyyy-MM-dd", out var effective))
            throw new InvalidRequestException([new Problem("effectiveOn", "请填写施行日期（yyyy-MM-dd） (the effective date, as yyyy-MM-dd)")]);
        var upload = await UploadedFile.ReadAsync(file, options, cancellationToken);
        var id = await mediator.Send(new FileManagementRule(systemId, title, version, effective, upload.FileName, upload.ContentType, upload.Content,
            ProjectAccess.VisibleDepartment(caller), caller.UserName), cancellationToken);
        return TypedResults.Created($"/api/catalogue/{systemId}/management-rules/{id}", new SystemOperationEndpoints.Recorded(id));
    }

    public static async Task<FileContentHttpResult> DownloadRule(Guid systemId, Guid ruleId, ClaimsPrincipal principal, IMediator mediator)
    {
        await SystemOperationEndpoints.VisibleSystemAsync(systemId, Caller.From(principal), mediator);
        var rule = await mediator.Send(new GetManagementRuleFile(systemId, ruleId));
        return TypedResults.File(rule.Content, FileKinds.ContentTypeOf(rule.FileName), rule.FileName);
    }

    /// <summary>The systems in service with unchecked working days: every system for the county-wide roles, a clerk's own department's.</summary>
    public static async Task<Ok<IReadOnlyList<MonitoringGap>>> ListMonitoringGaps(ClaimsPrincipal principal, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListMonitoringGaps(ProjectAccess.VisibleDepartment(Caller.From(principal)))));
}
