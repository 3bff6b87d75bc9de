using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Runtime.Migrations;
using Workflows.Runtime.Migrations.ExecuteMigration;
using Workflows.Runtime.Migrations.ListMigrationInstances;
using Workflows.Runtime.Migrations.PlanMigration;
using Workflows.Runtime.Migrations.ValidateMigration;

namespace Workflows.Host.Endpoints;

/// <summary>Instance migration between versions of a definition, as Camunda 7's <c>/migration</c> resource: generate a
/// plan, validate it (and the instances), execute it. Administrators only.</summary>
public static class MigrationEndpoints
{
    public sealed record PlanMigrationRequest(string SourceDefinitionKey, int SourceVersion, int TargetVersion, bool UpdateEventTriggers = false);

    /// <param name="InstanceIds">Instances to check against the plan as well; none checks the plan alone.</param>
    public sealed record ValidateMigrationRequest(MigrationPlan Plan, List<Guid>? InstanceIds);

    /// <param name="InstanceIds">The instances to migrate; or <paramref name="All"/> for every running instance of the source version.</param>
    /// <param name="SkipCustomListeners">Accepted as Camunda's API does; the engine runs no execution listeners, so there is nothing to skip.</param>
    public sealed record ExecuteMigrationRequest(MigrationPlan Plan, List<Guid>? InstanceIds, bool All = false, bool SkipCustomListeners = false);

    public static RouteGroupBuilder MapMigrationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/migrations").WithTags("Migrations").RequireAuthorization(WorkflowsPolicies.Admin);
        group.MapGet("/instances", ListInstances);
        group.MapPost("/plan", PlanMigration);
        group.MapPost("/validate", ValidateMigration);
        group.MapPost("/execute", ExecuteMigration);
        return group;
    }

    /// <summary>The running instances of a version with the activities they are active in, oldest first (at most <paramref name="take"/>, 200 by default).</summary>
    public static async Task<Ok<IReadOnlyList<MigrationCandidate>>> ListInstances(
        string definitionKey, int version, int? take, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMigrationInstances(definitionKey, version, take ?? 200), cancellationToken));

    /// <summary>A plan mapping every activity whose id the target version has too, with the source activities it leaves
    /// unmapped and the activities of both versions for a mapping table; 400 for a version that does not exist.</summary>
    public static async Task<Ok<GeneratedMigrationPlan>> PlanMigration(PlanMigrationRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new PlanMigration(request.SourceDefinitionKey, request.SourceVersion, request.TargetVersion, request.UpdateEventTriggers), cancellationToken));

    /// <summary>The validation report: <c>valid</c>, the plan's errors by instruction and each named instance's unmapped active activities.</summary>
    public static async Task<Ok<MigrationValidationReport>> ValidateMigration(ValidateMigrationRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ValidateMigration(request.Plan, request.InstanceIds), cancellationToken));

    /// <summary>Migrates each instance in its own transaction: those that do not fit are skipped and listed under <c>failed</c>;
    /// 400 when the plan itself is invalid (nothing migrated).</summary>
    public static async Task<Ok<MigrationOutcome>> ExecuteMigration(
        ExecuteMigrationRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ExecuteMigration(request.Plan, request.InstanceIds, request.All, Caller.From(principal).UserName), cancellationToken));
}
