using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Host.Dashboard;
using Workflows.Projects.Projects.Queries.GetDashboard;
using DashboardData = Workflows.Projects.Projects.Queries.GetDashboard.Dashboard;

namespace Workflows.Host.Endpoints;

/// <summary>The county-wide overview for the bureau and the reviewers; department clerks have their project list instead.</summary>
public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dashboard").WithTags("Dashboard").RequireAuthorization(WorkflowsPolicies.Reviewer);
        group.MapGet("/", GetDashboard);
        group.MapGet("/export.csv", ExportTable);
        return group;
    }

    public static async Task<Ok<DashboardData>> GetDashboard(IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new GetDashboard()));

    public static async Task<FileContentHttpResult> ExportTable(string? table, IMediator mediator)
    {
        var name = string.IsNullOrWhiteSpace(table) ? "byStage" : table;
        var csv = DashboardTables.ToCsv(await mediator.Send(new GetDashboard()), name);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"dashboard-{name}.csv");
    }
}
