using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Art. 20: a change request for an approved, living project, one at a time; a budget change carries its yearly split and
/// updates the approved budget; a major change goes to the bureau (and finance for the budget), a minor one is recorded and the bureau informed.
/// </summary>
public sealed class ChangeRequestTests(string provider) : NewProjectFixture(provider)
{
    private static readonly int Year = DateTime.UtcNow.Year;

    [Test]
    public async Task ShouldRefuseAChangeRequestForAProjectNotYetApproved()
    {
        var projectId = await StartProjectAsync();

        var response = await StartChangeRequestAsync(projectId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldRefuseASecondOpenChangeRequest()
    {
        var projectId = await RunToApprovedBudgetAsync();
        await StartChangeRequestAsync(projectId).EnsureSuccessAsync();

        var response = await StartChangeRequestAsync(projectId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldSendAMajorBudgetChangeToTheBureauAndFinanceAndUpdateTheApprovedBudget()
    {
        var projectId = await RunToApprovedBudgetAsync();
        await StartChangeRequestAsync(projectId).EnsureSuccessAsync();

        await StateChangeAsync(projectId, new { changeReason = "设备涨价", newTotalBudget = 600_000m, newYearBudgets = new[] { new { year = Year, amount = 600_000m } } })
            .EnsureSuccessAsync();
        await CompleteAsync(projectId, "bureauChangeEvaluation", "bureau", new { changeDecision = "approve", changeOpinion = "同意" });
        await CompleteAsync(projectId, "financeChangeReview", "finance", new { financeDecision = "approve", financeOpinion = "同意调整" });

        var project = await ProjectAsync(projectId);
        var years = project.GetProperty("yearlyBudgets").EnumerateArray().Sum(y => y.GetProperty("amount").GetDecimal());
        Assert.That((project.GetProperty("totalBudget").GetDecimal(), project.GetProperty("approvedBudget").GetDecimal(), years),
            Is.EqualTo((600_000m, 600_000m, 600_000m)));
    }

    [Test]
    public async Task ShouldRefuseABudgetChangeWhoseYearsDoNotAddUpToTheNewTotal()
    {
        var projectId = await RunToApprovedBudgetAsync();
        await StartChangeRequestAsync(projectId).EnsureSuccessAsync();

        var response = await StateChangeAsync(projectId, new
        {
            changeReason = "设备涨价", newTotalBudget = 600_000m, newYearBudgets = new[] { new { year = Year, amount = 500_000m } },
        });

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "newYearBudgets" }));
    }

    [Test]
    public async Task ShouldRefuseABudgetChangeWithoutTheYearlySplit()
    {
        var projectId = await RunToApprovedBudgetAsync();
        await StartChangeRequestAsync(projectId).EnsureSuccessAsync();

        var response = await StateChangeAsync(projectId, new { changeReason = "设备涨价", newTotalBudget = 600_000m });

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "newYearBudgets" }));
    }

    [Test]
    public async Task ShouldRecordAMinorChangeAndInformTheBureau()
    {
        var projectId = await RunToApprovedBudgetAsync();
        await StartChangeRequestAsync(projectId).EnsureSuccessAsync();

        await StateChangeAsync(projectId, new { changeReason = "少量增补", newTotalBudget = 520_000m, newYearBudgets = new[] { new { year = Year, amount = 520_000m } } })
            .EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Does.Contain("bureauChangeNotice").And.Not.Contain("bureauChangeEvaluation"));
        Assert.That((await ProjectAsync(projectId)).GetProperty("totalBudget").GetDecimal(), Is.EqualTo(520_000m));
        await CompleteAsync(projectId, "bureauChangeNotice", "bureau", new { changeNoticeNote = "已知悉" });
        Assert.That(await OpenActivitiesAsync(projectId), Does.Not.Contain("bureauChangeNotice"));
    }

    [Test]
    public async Task ShouldSendAScopeChangeToTheBureauAsMajor()
    {
        var projectId = await RunToApprovedBudgetAsync();
        await StartChangeRequestAsync(projectId).EnsureSuccessAsync();

        await StateChangeAsync(projectId, new { changeReason = "需求变化", newScope = "增加移动端" }).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Does.Contain("bureauChangeEvaluation"));
    }

    [Test]
    public async Task ShouldSendAChangeOfConstructionConditionsToTheBureauAsMajor()
    {
        var projectId = await RunToApprovedBudgetAsync();
        await StartChangeRequestAsync(projectId).EnsureSuccessAsync();

        await StateChangeAsync(projectId, new { changeReason = "机房搬迁", constructionConditionsChanged = true }).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Does.Contain("bureauChangeEvaluation"));
    }

    private async Task<Guid> RunToApprovedBudgetAsync()
    {
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId, approvedBudget: 500_000m);
        return projectId;
    }

    private async Task<HttpResponseMessage> StartChangeRequestAsync(Guid projectId) =>
        await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "change-request", businessKey = projectId.ToString(), variables = new { departmentCode = Department, projectId },
        });

    private Task<HttpResponseMessage> StateChangeAsync(Guid projectId, object variables) => SubmitAsync(projectId, "stateChange", "dept-a", variables);
}
