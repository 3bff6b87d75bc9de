using Workflows.Engine.Execution;
using Workflows.Projects.Domain;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class RectificationProcessTests(string provider) : ProcessFixture(provider)
{
    private async Task<(Guid ProjectId, Guid InstanceId)> OrderAsync()
    {
        var projectId = await RegisterProjectAsync();
        var started = await StartProcessAsync("rectification-order", projectId);
        await CompleteAsync("issueOrder", ProjectRoles.Bureau, ("rectificationReason", "UnapprovedChange"), ("rectificationDescription", "擅自增加建设内容"),
            ("limitWorkingDays", 10), ("secondLimitWorkingDays", 5));
        return (projectId, started.InstanceId);
    }

    private Task ReportAsync(string activityId, bool refused = false) =>
        CompleteAsync(activityId, ProjectRoles.Department, ("rectificationReport", "已整改"), ("rectificationRefused", refused));

    private Task VerifyAsync(string activityId, bool compliant) =>
        CompleteAsync(activityId, ProjectRoles.Bureau, ("rectificationCompliant", compliant), ("verificationOpinion", "核查意见"));

    [Test]
    public async Task ShouldCloseTheOrderWhenTheRectificationIsCompliant()
    {
        var (projectId, instanceId) = await OrderAsync();
        await ReportAsync("rectify");
        await VerifyAsync("verifyRectification", compliant: true);

        Assert.That(await StatusAsync(instanceId), Is.EqualTo(InstanceStatus.Completed));
        Assert.That((await ProjectAsync(projectId)).FundingStatus, Is.EqualTo(FundingStatus.Normal));
    }

    [Test]
    public async Task ShouldSuspendPaymentsWhenTheDepartmentRefuses()
    {
        var (projectId, _) = await OrderAsync();
        await ReportAsync("rectify", refused: true);

        Assert.That((await ProjectAsync(projectId)).FundingStatus, Is.EqualTo(FundingStatus.Suspended));
        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "rectifyAgain" }));
    }

    [Test]
    public async Task ShouldSuspendPaymentsWhenTheLimitPasses()
    {
        var (projectId, _) = await OrderAsync();
        await FireTimerAsync("rectificationOverdue");

        Assert.That((await ProjectAsync(projectId)).FundingStatus, Is.EqualTo(FundingStatus.Suspended));
    }

    [Test]
    public async Task ShouldDueTheFirstLimitInWorkingDays()
    {
        await OrderAsync();

        // Ten working days after Monday 2 March 2026.
        Assert.That((await PendingTimerAsync("rectificationOverdue")).DueAt,
            Is.EqualTo(new DateTimeOffset(2026, 3, 16, 23, 59, 59, TimeSpan.FromHours(8))));
    }

    [Test]
    public async Task ShouldResumePaymentsWhenTheSecondRectificationIsCompliant()
    {
        var (projectId, _) = await OrderAsync();
        await ReportAsync("rectify");
        await VerifyAsync("verifyRectification", compliant: false);
        await ReportAsync("rectifyAgain");
        await VerifyAsync("verifySecondRectification", compliant: true);

        Assert.That((await ProjectAsync(projectId)).FundingStatus, Is.EqualTo(FundingStatus.Normal));
    }

    [Test]
    public async Task ShouldTerminateTheProjectWhenTheSecondLimitPasses()
    {
        var (projectId, _) = await OrderAsync();
        await ReportAsync("rectify", refused: true);
        await FireTimerAsync("secondLimitOverdue");
        await CompleteAsync("assessLoss", ProjectRoles.Bureau, ("seriousLoss", false), ("lossAssessment", "无重大损失"));

        var project = await ProjectAsync(projectId);
        Assert.That((project.Stage, project.FundingStatus), Is.EqualTo((ProjectStage.Terminated, FundingStatus.Terminated)));
    }

    [Test]
    public async Task ShouldReferSeriousLossForAccountability()
    {
        var (projectId, instanceId) = await OrderAsync();
        await ReportAsync("rectify", refused: true);
        await ReportAsync("rectifyAgain", refused: true);
        await CompleteAsync("assessLoss", ProjectRoles.Bureau, ("seriousLoss", true), ("lossAssessment", "资金损失严重"));

        Assert.That(await StatusAsync(instanceId), Is.EqualTo(InstanceStatus.Completed));
        Assert.That((await ProjectAsync(projectId)).History.Select(h => h.Action), Does.Contain("referred-for-accountability"));
    }
}
