using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// A form the process shows again (a return loop, a second round of art. 28) opens with its decision blank: the task page
/// fills a form from the instance's variables, so the last round's 退回, 不予整改 or 发现损失 would otherwise come back
/// pre-selected and one careless click would repeat it. Read through <c>GET /api/tasks/{id}</c> as the role holding the task.
/// </summary>
public sealed class RoundAnswerTests(string provider) : ShippedProcessFixture(provider)
{
    private static readonly object Order = new
    {
        rectificationReason = "UnapprovedChange", rectificationDescription = "擅自增加建设内容", limitWorkingDays = 10, secondLimitWorkingDays = 5,
    };

    [Test]
    public async Task ShouldOpenTheSecondMaterialReviewWithoutTheReturnOfTheFirst()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id);
        await ApplyAsync(project.Id);
        await MaterialReviewAsync(project.Id, "return");
        await ResubmitAsync(project.Id);

        var form = await FormDataAsync("approval", project.Id, "materialReview");
        Assert.That(Answer(form, "materialDecision"), Is.Null);
        Assert.That(Answer(form, "materialOpinion"), Is.Null);
    }

    [Test]
    public async Task ShouldOpenTheSecondChangeEvaluationWithoutTheReturnOfTheFirst()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        await StartAsync(await SignInAsync("dept-a"), "change-request", project.Id);
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求调整", newScope = "增加移动端" });
        await CompleteAsync("bureau", project.Id, "bureauChangeEvaluation", new { changeDecision = "return", changeOpinion = "请说明工期影响" });

        var restate = await FormDataAsync("dept-a", project.Id, "stateChange");
        Assert.That(Answer(restate, "changeOpinion"), Is.EqualTo("请说明工期影响"), "the department reads why it was returned");
        Assert.That(Answer(restate, "newScope"), Is.EqualTo("增加移动端"), "its own request stays filled in to revise");
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求调整，工期不变", newScope = "增加移动端" });

        var evaluation = await FormDataAsync("bureau", project.Id, "bureauChangeEvaluation");
        Assert.That(Answer(evaluation, "changeDecision"), Is.Null);
        Assert.That(Answer(evaluation, "changeOpinion"), Is.Null);
        Assert.That(Answer(evaluation, "changeReason"), Is.EqualTo("需求调整，工期不变"));
    }

    [Test]
    public async Task ShouldOpenTheSecondNetworkReviewWithoutTheReturnOfTheFirst()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "dedicated-network-exception", project.Id);
        await CompleteAsync("dept-a", project.Id, "stateLegalBasis", new { legalBasis = "《网络安全法》", justification = "业务需要" });
        await CompleteAsync("bureau", project.Id, "bureauNetworkReview", new { networkDecision = "return", networkOpinion = "请列明条款" });
        await CompleteAsync("dept-a", project.Id, "stateLegalBasis", new { legalBasis = "《某行业专网建设规定》第五条", justification = "国家规定须专网承载" });

        var review = await FormDataAsync("bureau", project.Id, "bureauNetworkReview");
        Assert.That(Answer(review, "networkDecision"), Is.Null);
        Assert.That(Answer(review, "networkOpinion"), Is.Null);
    }

    [Test]
    public async Task ShouldOpenTheSecondRectificationReportWithoutTheRefusalOfTheFirst()
    {
        var project = await OrderedAsync();
        await CompleteAsync("dept-a", project, "rectify", new { rectificationReport = "不予整改的理由", rectificationRefused = true });

        var again = await FormDataAsync("dept-a", project, "rectifyAgain");
        Assert.That(Answer(again, "rectificationRefused"), Is.Null, "the refusal is not offered again: it terminates the project");
        Assert.That(Answer(again, "rectificationReport"), Is.Null);
    }

    [Test]
    public async Task ShouldOpenTheSecondVerificationAndLossAssessmentWithoutTheAnswersOfTheFirst()
    {
        var project = await OrderedAsync();
        await CompleteAsync("dept-a", project, "rectify", new { rectificationReport = "已整改" });
        await CompleteAsync("bureau", project, "verifyRectification", new { rectificationCompliant = false, lossFound = true, verificationOpinion = "发现损失" });
        await CompleteAsync("bureau", project, "assessRectificationLoss", new { seriousLoss = true, lossAssessment = "损失 20 万元" });
        await CompleteAsync("dept-a", project, "rectifyAgain", new { rectificationReport = "再次整改" });

        var second = await FormDataAsync("bureau", project, "verifySecondRectification");
        Assert.That(Answer(second, "lossFound"), Is.Null, "a loss found in the first check is not found again by default");
        Assert.That(Answer(second, "verificationOpinion"), Is.Null);
        await CompleteAsync("bureau", project, "verifySecondRectification", new { rectificationCompliant = false, lossFound = false, verificationOpinion = "仍不到位" });

        var assessment = await FormDataAsync("bureau", project, "assessLoss");
        Assert.That(Answer(assessment, "seriousLoss"), Is.Null, "the first round's serious loss does not refer the terminated project by default");
        Assert.That(Answer(assessment, "lossAssessment"), Is.Null);
    }

    private async Task<Guid> OrderedAsync()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        await StartAsync(await SignInAsync("bureau"), "rectification-order", project.Id);
        await CompleteAsync("bureau", project.Id, "issueOrder", Order);
        return project.Id;
    }
}
