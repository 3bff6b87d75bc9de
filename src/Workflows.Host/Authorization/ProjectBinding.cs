using System.Text.Json;
using Mediator;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Authorization;

/// <summary>
/// A process bound to a project (its <c>projectId</c> variable, or a business key that is the project's id) acts on
/// that project: its service tasks file, review and fund it. So binding a process to a project is authorized like
/// the project itself (<see cref="ProjectAccess"/>): a clerk binds only their own department's projects.
/// </summary>
public static class ProjectBinding
{
    public const string Variable = "projectId";

    public static async Task EnsureCanBindAsync(
        Caller caller, string? businessKey, IReadOnlyDictionary<string, JsonElement>? variables, IMediator mediator, CancellationToken cancellationToken)
    {
        foreach (var projectId in BoundProjects(businessKey, variables))
        {
            ProjectDepartments project;
            try
            {
                project = await mediator.Send(new GetProjectDepartments(projectId), cancellationToken);
            }
            catch (NotFoundException)
            {
                // A value naming no project binds nothing; whether the process needs a project is the process's own rule.
                continue;
            }

            ProjectAccess.EnsureCanView(caller, project);
        }
    }

    /// <summary>The project named by the <c>projectId</c> variable, when it is an id.</summary>
    public static Guid? ProjectOf(IReadOnlyDictionary<string, JsonElement> variables) =>
        variables.TryGetValue(Variable, out var value) && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
            ? id
            : null;

    private static IEnumerable<Guid> BoundProjects(string? businessKey, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var variable = variables is null ? null : ProjectOf(variables);
        if (variable is { } bound)
        {
            yield return bound;
        }

        if (Guid.TryParse(businessKey, out var key) && key != variable)
        {
            yield return key;
        }
    }
}
