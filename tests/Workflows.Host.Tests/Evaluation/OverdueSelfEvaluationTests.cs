using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Common;
using Workflows.Projects.Evaluation.Yearly;

namespace Workflows.Host.Tests.Evaluation;

/// <summary>
/// Art. 26: the self-evaluation task is due 30 working days after the year's evaluation opened; once that passes unsent, the
/// dashboard lists it for the bureau and finance (a clerk: its own department's) until the department sends it. On a fake clock.
/// </summary>
public sealed class OverdueSelfEvaluationTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldDueTheSelfEvaluationThirtyWorkingDaysAfterItOpens()
    {
        var projectId = await OpenedSelfEvaluationAsync(2061);

        var task = await TaskAsync(projectId, "selfEvaluation", "dept-a");

        await using var scope = App.Services.CreateAsyncScope();
        var expected = scope.ServiceProvider.GetRequiredService<ProjectDeadlines>().WorkingDaysAfter(BeijingTime(2062, 1, 4), 30);
        Assert.That(task.DueAt, Is.EqualTo(expected));
    }

    [Test]
    public async Task ShouldListTheSelfEvaluationOnceItsDueDatePassesUntilItIsSent()
    {
        var projectId = await OpenedSelfEvaluationAsync(2063);
        var dueAt = (await TaskAsync(projectId, "selfEvaluation", "dept-a")).DueAt!.Value;

        SetClock(dueAt.AddMinutes(-1));
        Assert.That(await OverdueAsync("finance"), Has.No.Member(projectId), "not due yet");

        SetClock(dueAt.AddMinutes(1));
        foreach (var user in new[] { "finance", "bureau", "dept-a" })
            Assert.That(await OverdueAsync(user), Has.Member(projectId), user);
        Assert.That(await OverdueAsync("dept-b"), Has.No.Member(projectId), "another department's");

        await CompleteAsync(projectId, "selfEvaluation", "dept-a", new { budgetYear = 2063, selfEvaluationSummary = "达到绩效目标" });
        Assert.That(await OverdueAsync("finance"), Has.No.Member(projectId), "sent");
    }

    private async Task<List<Guid>> OverdueAsync(string user)
    {
        var rows = await (await SignInAsync(user)).GetFromJsonAsync<JsonElement>("/api/evaluations/overdue-self-evaluations");
        return [.. rows.EnumerateArray().Select(row => row.GetProperty("projectId").GetGuid())];
    }

    /// <summary>A project that spent money in <paramref name="year"/>, whose self-evaluation opened on 4 January of the next year.</summary>
    private async Task<Guid> OpenedSelfEvaluationAsync(int year)
    {
        SetClock(BeijingTime(year, 1, 2));
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 450_000m);
        SetClock(BeijingTime(year, 6, 1));
        await (await SignInAsync("finance")).PostAsJsonAsync($"/api/projects/{project.Id}/payments",
            new { fund = "Construction", amount = 10_000m, purpose = "建设资金", disbursed = true }).EnsureSuccessAsync();
        SetClock(BeijingTime(year + 1, 1, 4));
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AnnualSelfEvaluationJob>().RunAsync(CancellationToken.None);
        return project.Id;
    }
}
