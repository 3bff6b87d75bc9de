using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Planning;

/// <summary>The annual plan through the HTTP API as the demo users: entries, the <c>annual-plan</c> process and its tasks (art. 7).</summary>
public abstract class PlanSteps(string provider) : NewProjectFixture(provider)
{
    private sealed record Drafted(Guid Id);

    private sealed record TaskRows(TaskRow[] Items);

    /// <summary>This year in the county; entries may be planned for it and the next five.</summary>
    protected static int ThisYear => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;

    protected async Task<Guid> DraftEntryAsync(int year, string userName = "dept-a", string name = "智慧教育平台升级", decimal estimatedBudget = 800_000m)
    {
        var response = await (await SignInAsync(userName)).PostAsJsonAsync($"/api/plans/{year}/entries",
            new { name, description = "升级教学管理平台并接入共享交换平台", estimatedBudget }).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<Drafted>())!.Id;
    }

    protected async Task<HttpResponseMessage> SubmitPlanAsync(int year, string userName = "dept-a") =>
        await (await SignInAsync(userName)).PostAsync($"/api/plans/{year}/submission", null);

    /// <summary>The open task of the department's plan of the year at <paramref name="activityId"/>, as <paramref name="userName"/> sees it.</summary>
    protected async Task<HttpResponseMessage> CompletePlanTaskAsync(int year, string activityId, string userName, object variables, string department = Department)
    {
        var client = await SignInAsync(userName);
        var rows = await client.GetFromJsonAsync<TaskRows>($"/api/tasks?status=open&businessKey=annual-plan-{year}-{department}&take=100");
        var task = rows!.Items.SingleOrDefault(t => t.ActivityId == activityId);
        Assert.That(task, Is.Not.Null, $"no open task '{activityId}' for '{userName}'; open: {string.Join(", ", rows.Items.Select(t => t.ActivityId))}");
        return await client.PostAsJsonAsync($"/api/tasks/{task!.Id}/complete", new { variables });
    }

    /// <summary>Drafts one entry, submits it, and has the bureau consolidate and the county government approve it.</summary>
    protected async Task<Guid> PublishEntryAsync(int year, string name = "智慧教育平台升级")
    {
        var entryId = await DraftEntryAsync(year, name: name);
        await SubmitPlanAsync(year).EnsureSuccessAsync();
        await CompletePlanTaskAsync(year, "consolidatePlanEntries", "bureau", new { consolidationDecision = "approve", consolidationOpinion = "符合集约建设要求" }).EnsureSuccessAsync();
        await CompletePlanTaskAsync(year, "countyPlanApproval", "county", new { countyPlanDecision = "approve", countyPlanOpinion = "同意" }).EnsureSuccessAsync();
        return entryId;
    }

    protected async Task<JsonElement> PlanAsync(int year, string userName) =>
        await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/plans/{year}");

    protected static JsonElement EntryOf(JsonElement plan, Guid entryId) =>
        plan.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == entryId);
}
