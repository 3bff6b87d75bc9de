using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence.Jobs;

namespace Workflows.Host.Tests.Supervision;

/// <summary>Art. 28, the rectification order, walked through the API as the roles of <c>rectification-order.bpmn</c>.</summary>
public sealed class RectificationOrderPathTests(string provider) : ShippedProcessFixture(provider)
{
    private const string Department = "education";

    private async Task<(Guid ProjectId, Guid InstanceId)> OrderAsync(int limitWorkingDays = 10)
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var bureau = await SignInAsync("bureau");
        var instanceId = await StartAsync(bureau, "rectification-order", project.Id, Department);
        await CompleteAsync(bureau, project.Id, "issueOrder", new
        {
            rectificationReason = "UnapprovedChange", rectificationDescription = "擅自增加建设内容", limitWorkingDays, secondLimitWorkingDays = 5,
        });
        return (project.Id, instanceId);
    }

    private async Task ReportAsync(Guid projectId, string activityId, bool refused = false) =>
        await CompleteAsync(await SignInAsync("dept-a"), projectId, activityId, new { rectificationReport = "已整改", rectificationRefused = refused });

    private async Task VerifyAsync(Guid projectId, string activityId, bool compliant, bool lossFound = false) =>
        await CompleteAsync(await SignInAsync("bureau"), projectId, activityId,
            new { rectificationCompliant = compliant, lossFound, verificationOpinion = "核查意见" });

    private async Task AssessLossAsync(Guid projectId, string activityId, bool seriousLoss) =>
        await CompleteAsync(await SignInAsync("bureau"), projectId, activityId, new { seriousLoss, lossAssessment = "资金损失评估" });

    private async Task<JsonElement> InstanceAsync(Guid instanceId) =>
        await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");

    private async Task<IReadOnlyList<string>> ProjectActionsAsync(Guid projectId) =>
        await ReadAsync(db => db.Set<Projects.Domain.History.ProjectHistoryEntry>().AsNoTracking()
            .Where(h => h.ProjectId == projectId).OrderBy(h => h.Id).Select(h => h.Action).ToListAsync());

    private async Task<HttpResponseMessage> PayAsync(Guid projectId, decimal amount) =>
        await (await SignInAsync("finance")).PostAsJsonAsync($"/api/projects/{projectId}/payments",
            new { fund = "Construction", amount, purpose = "建设资金", disbursed = true });

    [Test]
    public async Task ShouldCloseTheOrderWhenTheBureauFindsTheRectificationCompliant()
    {
        var (projectId, instanceId) = await OrderAsync();
        await ReportAsync(projectId, "rectify");
        await VerifyAsync(projectId, "verifyRectification", compliant: true);

        var project = await ProjectAsync(await SignInAsync("bureau"), projectId);
        Assert.That((await InstanceAsync(instanceId)).GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(project.GetProperty("fundingStatus").GetString(), Is.EqualTo("Normal"));
    }

    [Test]
    public async Task ShouldLeaveTheRectificationToTheProjectsOwnDepartment()
    {
        var (projectId, _) = await OrderAsync();

        var other = await OpenTasksAsync(await SignInAsync("dept-b"), projectId);
        var own = await OpenTasksAsync(await SignInAsync("dept-a"), projectId);

        Assert.That(other, Is.Empty);
        Assert.That(own.Select(t => t.ActivityId), Is.EqualTo(new[] { "rectify" }));
    }

    [Test]
    public async Task ShouldSuspendPaymentsWhenTheVerificationFindsTheRectificationWanting()
    {
        var (projectId, _) = await OrderAsync();
        await ReportAsync(projectId, "rectify");
        await VerifyAsync(projectId, "verifyRectification", compliant: false);

        var payment = await PayAsync(projectId, 10_000m);

        Assert.That((await ProjectAsync(await SignInAsync("bureau"), projectId)).GetProperty("fundingStatus").GetString(), Is.EqualTo("Suspended"));
        Assert.That(payment.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await payment.ProblemKeysAsync(), Is.EqualTo(new[] { "art-28" }));
        Assert.That((await OpenTasksAsync(await SignInAsync("dept-a"), projectId)).Select(t => t.ActivityId), Is.EqualTo(new[] { "rectifyAgain" }));
    }

    [Test]
    public async Task ShouldResumePaymentsWhenTheSecondRectificationIsCompliant()
    {
        var (projectId, instanceId) = await OrderAsync();
        await ReportAsync(projectId, "rectify", refused: true);
        await ReportAsync(projectId, "rectifyAgain");
        await VerifyAsync(projectId, "verifySecondRectification", compliant: true);

        var payment = await PayAsync(projectId, 10_000m);

        Assert.That(payment.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await InstanceAsync(instanceId)).GetProperty("status").GetString(), Is.EqualTo("Completed"));
    }

    [Test]
    public async Task ShouldTerminateTheProjectWhenTheSecondVerificationFails()
    {
        var (projectId, _) = await OrderAsync();
        await ReportAsync(projectId, "rectify");
        await VerifyAsync(projectId, "verifyRectification", compliant: false);
        await ReportAsync(projectId, "rectifyAgain");
        await VerifyAsync(projectId, "verifySecondRectification", compliant: false);

        var project = await ProjectAsync(await SignInAsync("bureau"), projectId);
        var payment = await PayAsync(projectId, 10_000m);

        Assert.That((project.GetProperty("stage").GetString(), project.GetProperty("fundingStatus").GetString()), Is.EqualTo(("Terminated", "Terminated")));
        Assert.That(await payment.ProblemKeysAsync(), Is.EqualTo(new[] { "art-28" }));
        Assert.That((await OpenTasksAsync(await SignInAsync("bureau"), projectId)).Select(t => t.ActivityId), Is.EqualTo(new[] { "assessLoss" }));
    }

    [Test]
    public async Task ShouldSuspendPaymentsWhenTheRectificationLimitPasses()
    {
        var (projectId, instanceId) = await OrderAsync(limitWorkingDays: 3);
        await FireTimerAsync(instanceId, "rectificationOverdue");

        var again = (await OpenTasksAsync(await SignInAsync("dept-a"), projectId)).Single();

        Assert.That((await ProjectAsync(await SignInAsync("bureau"), projectId)).GetProperty("fundingStatus").GetString(), Is.EqualTo("Suspended"));
        Assert.That(again.ActivityId, Is.EqualTo("rectifyAgain"));
        Assert.That(again.DueAt, Is.GreaterThan(Time.GetUtcNow().AddDays(5)), "the second limit of 5 working days runs from the suspension");
    }

    [Test]
    public async Task ShouldTerminateTheProjectWhenTheSecondLimitPasses()
    {
        var (projectId, instanceId) = await OrderAsync(limitWorkingDays: 3);
        await FireTimerAsync(instanceId, "rectificationOverdue");
        await FireTimerAsync(instanceId, "secondLimitOverdue");

        var project = await ProjectAsync(await SignInAsync("bureau"), projectId);

        Assert.That(project.GetProperty("stage").GetString(), Is.EqualTo("Terminated"));
        Assert.That((await OpenTasksAsync(await SignInAsync("bureau"), projectId)).Select(t => t.ActivityId), Is.EqualTo(new[] { "assessLoss" }));
    }

    [Test]
    public async Task ShouldReferASeriousLossFoundAtVerificationWithoutTerminatingTheProject()
    {
        var (projectId, instanceId) = await OrderAsync();
        await ReportAsync(projectId, "rectify");
        await VerifyAsync(projectId, "verifyRectification", compliant: true, lossFound: true);
        await AssessLossAsync(projectId, "assessRectificationLoss", seriousLoss: true);

        var project = await ProjectAsync(await SignInAsync("bureau"), projectId);

        Assert.That((await InstanceAsync(instanceId)).GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(project.GetProperty("stage").GetString(), Is.EqualTo("Budgeted"));
        Assert.That(await ProjectActionsAsync(projectId), Does.Contain("referred-for-accountability"));
    }

    [Test]
    public async Task ShouldGoOnToTerminationAfterAssessingALossFoundAtTheSecondVerification()
    {
        var (projectId, _) = await OrderAsync();
        await ReportAsync(projectId, "rectify", refused: true);
        await ReportAsync(projectId, "rectifyAgain");
        await VerifyAsync(projectId, "verifySecondRectification", compliant: false, lossFound: true);
        await AssessLossAsync(projectId, "assessRectificationLoss", seriousLoss: false);

        var actions = await ProjectActionsAsync(projectId);

        Assert.That(actions, Does.Contain("loss-assessed").And.Contain("project-terminated"));
        Assert.That(actions, Does.Not.Contain("referred-for-accountability"));
        Assert.That((await OpenTasksAsync(await SignInAsync("bureau"), projectId)).Select(t => t.ActivityId), Is.EqualTo(new[] { "assessLoss" }));
    }

    [Test]
    public async Task ShouldReferASeriousLossAssessedAfterTermination()
    {
        var (projectId, instanceId) = await OrderAsync();
        await ReportAsync(projectId, "rectify", refused: true);
        await ReportAsync(projectId, "rectifyAgain", refused: true);
        await AssessLossAsync(projectId, "assessLoss", seriousLoss: true);

        Assert.That((await InstanceAsync(instanceId)).GetProperty("status").GetString(), Is.EqualTo("Completed"));
        Assert.That(await ProjectActionsAsync(projectId), Does.Contain("referred-for-accountability"));
    }

    [Test]
    public async Task ShouldCancelTheProjectsOtherProcessesWhenItIsTerminated()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var clerk = await SignInAsync("dept-a");
        var application = await StartAsync(clerk, "new-project", project.Id, Department);
        var change = await StartAsync(clerk, "change-request", project.Id, Department);
        var bureau = await SignInAsync("bureau");
        var order = await StartAsync(bureau, "rectification-order", project.Id, Department);
        await CompleteAsync(bureau, project.Id, "issueOrder", new
        {
            rectificationReason = "BuildingAgainstApproval", rectificationDescription = "未按批复建设", limitWorkingDays = 10, secondLimitWorkingDays = 5,
        });
        await ReportAsync(project.Id, "rectify", refused: true);
        await ReportAsync(project.Id, "rectifyAgain", refused: true);

        var open = await OpenTasksAsync(bureau, project.Id);
        Assert.Multiple(async () =>
        {
            foreach (var cancelled in new[] { application, change })
            {
                var instance = await InstanceAsync(cancelled);
                Assert.That(instance.GetProperty("status").GetString(), Is.EqualTo("Cancelled"));
                Assert.That(instance.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("detail").GetString() ?? ""),
                    Has.Some.Contains("art. 28"), "the instance's history says why it ended");
                Assert.That(await ReadAsync(db => db.Set<JobRecord>().AnyAsync(j => j.InstanceId == cancelled && j.Status == JobStatus.Pending)), Is.False,
                    "no timer of a cancelled process is left");
            }
            Assert.That(open.Select(t => t.InstanceId), Is.All.EqualTo(order), "only the order's own loss assessment is left");
            Assert.That(await ProjectActionsAsync(project.Id), Does.Contain("project-terminated"));
        });
    }
}
