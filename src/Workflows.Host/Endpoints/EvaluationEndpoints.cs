using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Evaluation.Commands.DrawEvaluationSample;
using Workflows.Projects.Evaluation.Queries.ListEvaluationSamples;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Art. 27: finance draws its spot-check sample of a budget year's self-evaluations (only finance, 403 otherwise); finance
/// and the bureau read the draws with their candidates and seeds.
/// </summary>
public static class EvaluationEndpoints
{
    public sealed record DrawRequest(int BudgetYear, decimal? Share, int? Seed);

    public static RouteGroupBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations").WithTags("Evaluations");
        group.MapGet("/samples", ListSamples);
        group.MapPost("/samples", DrawSample);
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
}
