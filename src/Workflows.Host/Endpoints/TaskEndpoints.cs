using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Evaluation.Queries.GetPriorDepartmentAssessment;
using Workflows.Projects.Evaluation.Queries.ListDepartmentAssessments;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Projects.Projects.Queries.FindProjectKeys;
using Workflows.Projects.Tasks.Commands.CompleteTaskUnlessRulesFail;
using Workflows.Projects.Tasks.Queries.GetTaskDocuments;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Tasks.GetTask;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The inbox: the tasks the caller may see, one task with its form; a task of an application review carries the lead department's
/// assessment of the year before (art. 30).
/// </summary>
public static class TaskEndpoints
{
    public sealed record TaskItemPage(IReadOnlyList<TaskItem> Items, int Total, bool TotalCapped);

    public sealed record TaskResponse(
        TaskItem Task,
        IReadOnlyList<string> CandidateUsers,
        IReadOnlyList<string> CandidateGroups,
        IReadOnlyDictionary<string, JsonElement> Variables,
        JsonElement? FormSchema,
        string? DepartmentCode,
        IReadOnlyList<TaskDocument> Documents,
        IReadOnlyDictionary<string, string[]> RuleProblems,
        bool CallerLeads,
        DepartmentAssessmentView? PriorDepartmentAssessment = null);

    public static RouteGroupBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/", ListTasks);
        group.MapGet("/{id:guid}", GetTask);
        group.MapTaskActions();
        group.MapTaskAttachments();
        return group;
    }

    /// <summary>The caller's tasks, filtered, sorted and paged on the server; see <see cref="TaskListQuery"/>.</summary>
    public static async Task<Ok<TaskItemPage>> ListTasks(
        ClaimsPrincipal principal, IMediator mediator, DeadlineClock clock, EnglishNames englishNames, [AsParameters] TaskListQuery request)
    {
        var caller = Caller.From(principal);
        var search = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim();
        var searchKeys = search is null ? [] : await mediator.Send(new FindProjectKeys(Search: search));
        var query = request.ToQuery(VisibleTasks.For(caller) with { Status = ParseStatus(request.Status) }, caller.UserName, clock) with
        {
            Search = search,
            SearchKeys = [.. searchKeys.SelectMany(project => new[] { project.Id.ToString(), project.Code })],
        };
        var page = await mediator.Send(query);
        var keys = page.Items.Select(task => task.BusinessKey).OfType<string>().Distinct().ToList();
        var projects = keys.Count == 0 ? [] : await mediator.Send(new FindProjectKeys(Keys: keys, Max: keys.Count));
        var items = new List<TaskItem>(page.Items.Count);
        foreach (var task in page.Items)
        {
            var project = projects.FirstOrDefault(candidate => candidate.IsNamedBy(task.BusinessKey));
            items.Add(TaskItem.From(task, clock) with
            {
                ProjectId = project?.Id, ProjectName = project?.Name,
                NameEn = await englishNames.OfActivityAsync(task.DefinitionKey, task.DefinitionVersion, task.ActivityId, CancellationToken.None),
            });
        }

        return TypedResults.Ok(new TaskItemPage(items, page.Total, page.TotalCapped));
    }

    public static async Task<Ok<TaskResponse>> GetTask(Guid id, ClaimsPrincipal principal, IMediator mediator, DeadlineClock clock, EnglishNames englishNames)
    {
        var task = await mediator.Send(new GetTask(id));
        var caller = Caller.From(principal);
        TaskAccess.EnsureCanView(caller, task);
        // The page names the project the task is about, as the inbox does, rather than its business key.
        var projects = task.Task.BusinessKey is { } key ? await mediator.Send(new FindProjectKeys(Keys: [key], Max: 1)) : [];
        var project = projects.FirstOrDefault(candidate => candidate.IsNamedBy(task.Task.BusinessKey));
        return TypedResults.Ok(new TaskResponse(
            TaskItem.From(task.Task, clock) with
            {
                ProjectId = project?.Id, ProjectName = project?.Name,
                NameEn = await englishNames.OfActivityAsync(task.Task.DefinitionKey, task.Task.DefinitionVersion, task.Task.ActivityId, CancellationToken.None),
            },
            task.CandidateUsers,
            task.CandidateGroups,
            task.Variables,
            task.FormSchema is null ? null : JsonDocument.Parse(task.FormSchema).RootElement,
            task.DepartmentCode,
            await mediator.Send(new GetTaskDocuments(task.Task.DefinitionKey, task.Task.ActivityId,
                Guid.TryParse(task.Task.BusinessKey, out var projectId) ? projectId : null)),
            RuleProblemsOf(task.Variables),
            TaskAccess.Leads(caller, task),
            ProjectProcesses.Application.Contains(task.Task.DefinitionKey) && Guid.TryParse(task.Task.BusinessKey, out var reviewedId)
                ? await PriorAssessmentAsync(caller, reviewedId, mediator)
                : null));
    }

    /// <summary>The lead department's assessment of the year before (art. 30), unless the caller is a department other than the lead.</summary>
    private static async Task<DepartmentAssessmentView?> PriorAssessmentAsync(Caller caller, Guid projectId, IMediator mediator) =>
        await mediator.Send(new GetPriorDepartmentAssessment(projectId)) is { } assessment && ProjectAccess.MayReadAssessmentOf(caller, assessment.DepartmentCode)
            ? assessment
            : null;

    /// <summary>
    /// The broken rules that sent the work back to this task, keyed by article: a user's completion is refused with them
    /// (400), but a step the engine took on its own (a timer) loops back and leaves them in <c>ruleViolations</c>.
    /// </summary>
    private static IReadOnlyDictionary<string, string[]> RuleProblemsOf(IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (!variables.TryGetValue(CompleteTaskUnlessRulesFailHandler.RulesPassed, out var passed) || passed.ValueKind != JsonValueKind.False)
            return new Dictionary<string, string[]>();
        return CompleteTaskUnlessRulesFailHandler.Violations(variables).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
    }

    /// <summary><c>open</c> (the default), <c>completed</c>, <c>cancelled</c> or <c>all</c>.</summary>
    private static UserTaskStatus? ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        null or "" or "open" => UserTaskStatus.Open,
        "all" => null,
        _ when Enum.TryParse<UserTaskStatus>(status, ignoreCase: true, out var parsed) => parsed,
        _ => throw new BadHttpRequestException($"Unknown task status '{status}': use open, completed, cancelled or all."),
    };
}
