using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Evaluation.Commands.DrawEvaluationSample;
using Workflows.Projects.Evaluation.Commands.MarkKeyProject;
using Workflows.Projects.Evaluation.Commands.UnmarkKeyProject;
using Workflows.Projects.Evaluation.Queries.ListEvaluationSamples;
using Workflows.Projects.Evaluation.Queries.ListKeyProjectEvaluations;
using Workflows.Projects.Evaluation.Queries.ListOverdueSelfEvaluations;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Art. 27: finance draws its spot-check sample of a budget year's self-evaluations (only finance, 403 otherwise); finance
/// and the bureau read the draws with their candidates and seeds. Finance marks key projects (重点项目), which starts their
/// evaluation, and unmarks them (only finance, 403 otherwise); the county-wide roles read every key-project evaluation, a clerk
/// its own department's. Art. 26: the self-evaluations past their due date, for the dashboard.
/// </summary>
public static class EvaluationEndpoints
{
    public sealed record DrawRequest(int BudgetYear, decimal? Share, int? Seed);

    public sealed record MarkKeyProjectRequest(Guid ProjectId, int Year, string? Reason);

    public sealed record UnmarkKeyProjectRequest(string? Reason);

    public static RouteGroupBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations").WithTags("Evaluations");
        group.MapGet("/samples", ListSamples);
        group.MapPost("/samples", DrawSample);
        group.MapGet("/key-projects", ListKeyProjects);
        group.MapGet("/overdue-self-evaluations", ListOverdueSelfEvaluations);
        group.MapPost("/key-projects", MarkKeyProject);
        group.MapPost("/key-projects/{id:guid}/unmark", UnmarkKeyProject);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<EvaluationSampleView>>> ListSamples(int? year, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (!caller.Roles.Contains(ProjectRoles.Finance) && !caller.Roles.Contains(ProjectRoles.Bureau))
            throw new ForbiddenException("只有财政部门和主管部门可以查看抽查样本 (only finance and the bureau read the samples)");
        return TypedResults.Ok(await mediator.Send(new ListEvaluationSamples(year)));
    }

    public static async Task<Created<EvaluationSampleView>> DrawSample(DrawRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (!caller.Roles.Contains(ProjectRoles.Finance))
            throw new ForbiddenException("只有财政部门可以抽取绩效自评样本（第二十七条） (only finance draws the sample)");
        var id = await mediator.Send(new DrawEvaluationSample(request.BudgetYear, request.Share, request.Seed, caller.UserName));
        var drawn = (await mediator.Send(new ListEvaluationSamples(request.BudgetYear))).Single(sample => sample.Id == id);
        return TypedResults.Created($"/api/evaluations/samples?year={request.BudgetYear}", drawn);
    }

    public static async Task<Ok<IReadOnlyList<KeyProjectEvaluationView>>> ListKeyProjects(
        int? year, KeyProjectEvaluationStatus? status, ClaimsPrincipal principal, IMediator mediator)
    {
        var department = ProjectAccess.VisibleDepartment(Caller.From(principal));
        return TypedResults.Ok(await mediator.Send(new ListKeyProjectEvaluations(year, department, Status: status)));
    }

    /// <summary>Art. 26: the self-evaluations past their due date, for the county-wide roles all of them, for a clerk its own department's.</summary>
    public static async Task<Ok<IReadOnlyList<OverdueSelfEvaluation>>> ListOverdueSelfEvaluations(ClaimsPrincipal principal, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListOverdueSelfEvaluations(ProjectAccess.VisibleDepartment(Caller.From(principal)))));

    /// <summary>Art. 27: finance marks a project key for a year with its reason; its evaluation starts (finance's task).</summary>
    public static async Task<Created<KeyProjectEvaluationView>> MarkKeyProject(MarkKeyProjectRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        EnsureFinance(caller);
        var id = await mediator.Send(new MarkKeyProject(request.ProjectId, request.Year, request.Reason, caller.UserName));
        var marked = (await mediator.Send(new ListKeyProjectEvaluations(Id: id))).Single();
        return TypedResults.Created($"/api/evaluations/key-projects?year={request.Year}", marked);
    }

    /// <summary>Art. 27: finance unmarks a key project with its reason before the evaluation is recorded (409 after); the evaluation is cancelled.</summary>
    public static async Task<Ok<KeyProjectEvaluationView>> UnmarkKeyProject(
        Guid id, UnmarkKeyProjectRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        EnsureFinance(caller);
        await mediator.Send(new UnmarkKeyProject(id, request.Reason, caller.UserName));
        return TypedResults.Ok((await mediator.Send(new ListKeyProjectEvaluations(Id: id))).Single());
    }

    private static void EnsureFinance(Caller caller)
    {
        if (!caller.Roles.Contains(ProjectRoles.Finance))
            throw new ForbiddenException("只有财政部门可以确定重点评价项目（第二十七条） (only finance marks and unmarks key projects)");
    }
}
