using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Departments.Commands.RegisterDepartment;
using Workflows.Projects.Departments.Queries.ListDepartments;

namespace Workflows.Host.Endpoints;

/// <summary>County departments and townships: everyone reads them, administrators register new ones.</summary>
public static class DepartmentEndpoints
{
    public static RouteGroupBuilder MapDepartmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/departments").WithTags("Departments");
        group.MapGet("/", ListDepartments);
        group.MapPost("/", RegisterDepartment).RequireAuthorization(WorkflowsPolicies.Admin);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<Department>>> ListDepartments(IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListDepartments()));

    public static async Task<Created<RegisterDepartment>> RegisterDepartment(RegisterDepartment request, IMediator mediator)
    {
        await mediator.Send(request);
        return TypedResults.Created($"/api/departments/{request.Code}", request);
    }
}
