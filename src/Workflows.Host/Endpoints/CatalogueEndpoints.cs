using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Catalogue.Commands.AssignDataQuality;
using Workflows.Projects.Catalogue.Commands.ConfirmSystem;
using Workflows.Projects.Catalogue.Commands.ListSystem;
using Workflows.Projects.Catalogue.Commands.RecordMigration;
using Workflows.Projects.Catalogue.Commands.RefuseSystem;
using Workflows.Projects.Catalogue.Commands.RetireSystem;
using Workflows.Projects.Catalogue.Commands.ScheduleMigration;
using Workflows.Projects.Catalogue.Queries.GetCatalogueTotals;
using Workflows.Projects.Catalogue.Queries.ListCatalogue;
using Workflows.Projects.Catalogue.Queries.ListSharedData;
using Workflows.Projects.Catalogue.Queries.ListUnmigratedSystems;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The catalogue of government information systems (art. 10): departments propose their systems, the bureau confirms or refuses
/// them, retires them and marks them for migration to the municipal cloud (art. 35); a project may only involve confirmed systems
/// in service. Accepted projects list the data their systems share, with who answers for its quality (arts. 23, 31, 34).
/// </summary>
public static class CatalogueEndpoints
{
    public sealed record SystemListed(Guid Id);

    public sealed record ListSystemRequest(
        string DepartmentCode, string Name, SystemStatus Status, string CloudResources, string DataResources, bool IsUpperLevel = false,
        bool IsClassified = false);

    public sealed record RefusalRequest(string Reason);

    public sealed record RetirementRequest(DateOnly RetiredOn, string Reason);

    public sealed record MigrationPlanRequest(DateOnly DueOn);

    public sealed record MigrationRequest(DateOnly MigratedOn);

    public sealed record DataQualityRequest(string ResponsibleParty);

    public static RouteGroupBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalogue").WithTags("Catalogue");
        group.MapGet("/", ListCatalogue);
        group.MapPost("/", ListSystem);
        group.MapGet("/totals", GetTotals);
        group.MapGet("/unmigrated", ListUnmigrated);
        group.MapPost("/{id:guid}/confirm", Confirm);
        group.MapPost("/{id:guid}/refuse", Refuse);
        group.MapPost("/{id:guid}/retire", Retire);
        group.MapPost("/{id:guid}/migration-plan", ScheduleMigration);
        group.MapPost("/{id:guid}/migration", RecordMigration);
        group.MapGet("/{id:guid}/shared-data", ListSharedData);
        group.MapPut("/{id:guid}/shared-data/{resourceId:guid}", AssignDataQuality);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<InformationSystem>>> ListCatalogue(string? departmentCode, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListCatalogue(departmentCode)));

    /// <summary>Clerks propose their own department's systems; the bureau lists any department's, confirmed at once.</summary>
    public static async Task<Created<SystemListed>> ListSystem(ListSystemRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (caller.IsDepartmentScoped && request.DepartmentCode != caller.DepartmentCode)
        {
            throw new ForbiddenException($"{caller.UserName} may only list systems of {caller.DepartmentCode}.");
        }

        var id = await mediator.Send(new ListSystem(request.DepartmentCode, request.Name, request.Status, request.CloudResources, request.DataResources,
            request.IsUpperLevel, request.IsClassified, caller.UserName, IsBureau(caller)));
        return TypedResults.Created($"/api/catalogue/{id}", new SystemListed(id));
    }

    public static async Task<Ok<CatalogueTotals>> GetTotals(IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new GetCatalogueTotals()));

    /// <summary>Art. 35: the systems not yet on the municipal cloud; a clerk sees its own department's.</summary>
    public static async Task<Ok<IReadOnlyList<UnmigratedSystem>>> ListUnmigrated(ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        return TypedResults.Ok(await mediator.Send(new ListUnmigratedSystems(caller.IsDepartmentScoped ? caller.DepartmentCode ?? "" : null)));
    }

    public static async Task<NoContent> Confirm(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new ConfirmSystem(id, EnsureBureau(principal, "确认目录申报 (confirms a catalogue entry)")));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Refuse(Guid id, RefusalRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new RefuseSystem(id, request.Reason, EnsureBureau(principal, "退回目录申报 (refuses a catalogue entry)")));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Retire(Guid id, RetirementRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        await mediator.Send(new RetireSystem(id, request.RetiredOn, request.Reason, EnsureBureau(principal, "办理系统退役 (retires a system)")));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> ScheduleMigration(Guid id, MigrationPlanRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        EnsureBureau(principal, "安排迁移上云 (marks a system for migration)");
        await mediator.Send(new ScheduleMigration(id, request.DueOn));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RecordMigration(Guid id, MigrationRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        EnsureBureau(principal, "确认迁移上云 (records a migration)");
        await mediator.Send(new RecordMigration(id, request.MigratedOn));
        return TypedResults.NoContent();
    }

    public static async Task<Ok<IReadOnlyList<SharedDataResource>>> ListSharedData(Guid id, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListSharedData(id)));

    /// <summary>Art. 34: the bureau or the system's department names who answers for a shared resource's quality.</summary>
    public static async Task<Ok<IReadOnlyList<SharedDataResource>>> AssignDataQuality(
        Guid id, Guid resourceId, DataQualityRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        if (!IsBureau(caller) && !caller.IsDepartmentScoped)
            throw new ForbiddenException("只有主管部门或系统所属部门可以指定数据质量责任方 (only the bureau or the system's department)");
        await mediator.Send(new AssignDataQuality(id, resourceId, request.ResponsibleParty, IsBureau(caller) ? null : caller.DepartmentCode ?? "", caller.UserName));
        return await ListSharedData(id, mediator);
    }

    private static bool IsBureau(Caller caller) => caller.Roles.Contains(ProjectRoles.Bureau);

    /// <summary>The bureau's decisions on the catalogue (art. 10); answers 403 to anyone else and returns the bureau user's name.</summary>
    private static string EnsureBureau(ClaimsPrincipal principal, string action)
    {
        var caller = Caller.From(principal);
        if (!IsBureau(caller))
            throw new ForbiddenException($"只有主管部门{action}");
        return caller.UserName;
    }
}
