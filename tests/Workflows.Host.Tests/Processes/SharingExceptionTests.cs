using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Art. 11: a system that does not interconnect and share is not approved and a project that shares nothing gets no O&amp;M money,
/// unless the bureau records a justified exception (reason and who, in the history).
/// </summary>
public sealed class SharingExceptionTests(string provider) : NewProjectFixture(provider)
{
    private static ProjectApplication SharingNothing(ProjectApplication application) =>
        application with { DataSharing = application.DataSharing with { Sharing = "本系统为内部涉密办公系统，不与其他系统共享", SharesNothing = true } };

    [Test]
    public async Task ShouldRefuseTheBureauApprovalOfAProjectThatSharesNothingNamingArticleEleven()
    {
        var projectId = await ReviewedUpToTheBureauAsync();

        var response = await BureauApprovalAsync(projectId);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-11" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "bureauReview" }));
    }

    [Test]
    public async Task ShouldApproveAProjectThatSharesNothingOnceTheBureauRecordsAJustifiedException()
    {
        var projectId = await ReviewedUpToTheBureauAsync();

        await RecordExceptionAsync(projectId, "bureau", "依国家保密规定须物理隔离，经主管部门研究同意例外").EnsureSuccessAsync();
        await BureauApprovalAsync(projectId).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "budgetApproval" }));
        var row = (await ProjectAsync(projectId)).GetProperty("history").EnumerateArray()
            .Single(r => r.GetProperty("change").GetString()!.StartsWith("不互联共享例外（第十一条）"));
        Assert.That((row.GetProperty("actor").GetString(), row.GetProperty("change").GetString()), Is.EqualTo(("bureau", "不互联共享例外（第十一条）：依国家保密规定须物理隔离，经主管部门研究同意例外")));
    }

    [Test]
    public async Task ShouldRefuseOperationsFundsToAProjectThatSharesNothingUntilTheBureauRecordsTheException()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department, adjust: SharingNothing);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 400_000m, ProjectStage.InOperation);
        var finance = await SignInAsync("finance");

        var refused = await finance.PostAsJsonAsync($"/api/projects/{project.Id}/payments", new { fund = "Operation", amount = 10_000m, purpose = "年度运维" });
        var construction = await finance.PostAsJsonAsync($"/api/projects/{project.Id}/payments", new { fund = "Construction", amount = 10_000m, purpose = "尾款" });
        await RecordExceptionAsync(project.Id, "bureau", "依国家保密规定须物理隔离，经主管部门研究同意例外").EnsureSuccessAsync();
        var allowed = await finance.PostAsJsonAsync($"/api/projects/{project.Id}/payments", new { fund = "Operation", amount = 10_000m, purpose = "年度运维" });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await refused.ProblemKeysAsync(), Is.EqualTo(new[] { "art-11" }));
        Assert.That((construction.StatusCode, allowed.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)));
    }

    [Test]
    public async Task ShouldLetOnlyTheBureauRecordTheExceptionAndOnlyWithItsReason()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department, adjust: SharingNothing);

        var byClerk = await RecordExceptionAsync(project.Id, "dept-a", "我们认为本系统无需共享数据，申请例外");
        var withoutReason = await RecordExceptionAsync(project.Id, "bureau", " ");

        Assert.That(byClerk.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ProblemKeysAsync(withoutReason), Is.EqualTo(new[] { "reason" }));
        Assert.That((await ProjectAsync(project.Id)).GetProperty("sharingException").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    private async Task<Guid> ReviewedUpToTheBureauAsync()
    {
        var projectId = await StartProjectAsync(SharingNothing);
        await ApplyAsync(projectId);
        await MaterialReviewAsync(projectId);
        await CompleteAsync(projectId, "technicalReview", "dgsc", new { technicalDecision = "approve", technicalOpinion = "方案可行" });
        return projectId;
    }

    private Task<HttpResponseMessage> BureauApprovalAsync(Guid projectId) =>
        SubmitAsync(projectId, "bureauReview", "bureau", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = "approve", reviewOpinion = "同意立项",
        });

    private async Task<HttpResponseMessage> RecordExceptionAsync(Guid projectId, string userName, string reason) =>
        await (await SignInAsync(userName)).PostAsJsonAsync($"/api/projects/{projectId}/sharing-exception", new { reason });
}
