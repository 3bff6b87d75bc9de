using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ChangeRequestProcessTests(string provider) : ProcessFixture(provider)
{
    [Test]
    public async Task ShouldAdjustTheScopeAndKeepTheOldValueInHistory()
    {
        var projectId = await RegisterApprovedProjectAsync();
        var started = await StartProcessAsync("change-request", projectId);
        await CompleteAsync("stateChange", ProjectRoles.Department, ("changeReason", "需求变化"), ("newScope", "增加移动端"));
        await CompleteAsync("bureauChangeEvaluation", ProjectRoles.Bureau, ("changeDecision", "approve"), ("changeOpinion", "同意"));

        var project = await ProjectAsync(projectId);
        Assert.Multiple(async () =>
        {
            Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
            Assert.That(project.Scope, Is.EqualTo("增加移动端"));
            Assert.That(project.History.Single(h => h.Action == "project-adjusted").OldValues, Does.Contain("升级教育管理平台"));
        });
    }

    [Test]
    public async Task ShouldNameTheReviewerWhoseDecisionAdjustedTheProject()
    {
        var projectId = await RegisterApprovedProjectAsync();
        await StartProcessAsync("change-request", projectId);
        await CompleteAsync("stateChange", ProjectRoles.Department, ("changeReason", "需求变化"), ("newScope", "增加移动端"));
        await CompleteAsync("bureauChangeEvaluation", ProjectRoles.Bureau, ("changeDecision", "approve"), ("changeOpinion", "同意"));

        var adjusted = (await ProjectAsync(projectId)).History.Single(h => h.Action == "project-adjusted");
        Assert.That(adjusted.Actor, Does.StartWith($"{ProjectRoles.Bureau}-user (change-request:"));
    }

    [Test]
    public async Task ShouldSendABudgetChangeToFinance()
    {
        var projectId = await RegisterApprovedProjectAsync();
        await StartProcessAsync("change-request", projectId);
        await CompleteAsync("stateChange", ProjectRoles.Department, ("changeReason", "设备涨价"), ("newTotalBudget", 1_200_000),
            ("newYearBudgets", new[] { new { year = 2026, amount = 700_000 }, new { year = 2027, amount = 500_000 } }));
        await CompleteAsync("bureauChangeEvaluation", ProjectRoles.Bureau, ("changeDecision", "approve"), ("changeOpinion", "同意"));
        await CompleteAsync("financeChangeReview", ProjectRoles.Finance, ("financeDecision", "approve"), ("financeOpinion", "同意调整"));

        Assert.That((await ProjectAsync(projectId)).TotalBudget, Is.EqualTo(1_200_000m));
    }

    [Test]
    public async Task ShouldLeaveTheBudgetWhenFinanceRefuses()
    {
        var projectId = await RegisterApprovedProjectAsync();
        await StartProcessAsync("change-request", projectId);
        await CompleteAsync("stateChange", ProjectRoles.Department, ("changeReason", "设备涨价"), ("newTotalBudget", 1_200_000),
            ("newYearBudgets", new[] { new { year = 2026, amount = 700_000 }, new { year = 2027, amount = 500_000 } }));
        await CompleteAsync("bureauChangeEvaluation", ProjectRoles.Bureau, ("changeDecision", "approve"), ("changeOpinion", "同意"));
        await CompleteAsync("financeChangeReview", ProjectRoles.Finance, ("financeDecision", "reject"), ("financeOpinion", "无预算"));

        Assert.That((await ProjectAsync(projectId)).TotalBudget, Is.EqualTo(1_000_000m));
    }

    [Test]
    public async Task ShouldLeaveTheProjectWhenTheBureauRefuses()
    {
        var projectId = await RegisterApprovedProjectAsync();
        var started = await StartProcessAsync("change-request", projectId);
        await CompleteAsync("stateChange", ProjectRoles.Department, ("changeReason", "需求变化"), ("newScope", "增加移动端"));
        await CompleteAsync("bureauChangeEvaluation", ProjectRoles.Bureau, ("changeDecision", "reject"), ("changeOpinion", "不必要"));

        Assert.That(await StatusAsync(started.InstanceId), Is.EqualTo(InstanceStatus.Completed));
        Assert.That((await ProjectAsync(projectId)).Scope, Does.StartWith("升级教育管理平台"));
    }

    [Test]
    public async Task ShouldSendARequestThatChangesNothingBackToTheDepartment()
    {
        var projectId = await RegisterApprovedProjectAsync();
        var started = await StartProcessAsync("change-request", projectId);
        await CompleteAsync("stateChange", ProjectRoles.Department, ("changeReason", "需求变化"));

        Assert.That(await VariableAsync(started.InstanceId, "ruleViolations"), Does.Contain("第二十条"));
    }

    /// <summary>Art. 20 changes approved projects only: the project is put at the budgeted stage, as the new-project path leaves it.</summary>
    private async Task<Guid> RegisterApprovedProjectAsync()
    {
        var projectId = await RegisterProjectAsync();
        await Host.ReadAsync(async db =>
        {
            var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
            project.Stage = ProjectStage.Budgeted;
            project.ApprovedBudget = project.TotalBudget;
            return await db.SaveChangesAsync();
        });
        return projectId;
    }
}
