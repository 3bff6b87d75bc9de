using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// A change request (arts. 13, 20) or a dedicated-network request (art. 11) the bureau returned comes back to it with what
/// the department changed since the returned round, old → new in Chinese and English, as a returned application does
/// (arts. 8-12); a first round has no such list. Read through <c>GET /api/tasks/{id}</c> as the bureau.
/// </summary>
public sealed class ResubmittedRequestChangeTests(string provider) : ShippedProcessFixture(provider)
{
    [Test]
    public async Task ShouldShowTheBureauWhatTheDepartmentChangedInAReturnedChangeRequest()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        await StartAsync(await SignInAsync("dept-a"), "change-request", project.Id);
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求调整", newScope = "增加移动端" });
        Assert.That(Answer(await FormDataAsync("bureau", project.Id, "bureauChangeEvaluation"), "revisionChanges"), Is.Null, "a first round changed nothing");
        await CompleteAsync("bureau", project.Id, "bureauChangeEvaluation", new { changeDecision = "return", changeOpinion = "请说明工期影响" });

        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求调整，工期不变", newScope = "增加移动端" });

        var variables = await FormDataAsync("bureau", project.Id, "bureauChangeEvaluation");
        Assert.That(Answer(variables, "revisionChanges"), Is.EqualTo("修改变更原因：需求调整 → 需求调整，工期不变"));
        Assert.That(Answer(variables, "revisionChangesEn"), Is.EqualTo("Reason for the change: 需求调整 → 需求调整，工期不变"));
    }

    [Test]
    public async Task ShouldShowTheBureauWhatTheDepartmentChangedInAReturnedDedicatedNetworkRequest()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "dedicated-network-exception", project.Id);
        await CompleteAsync("dept-a", project.Id, "stateLegalBasis", new { legalBasis = "《网络安全法》", justification = "业务需要" });
        Assert.That(Answer(await FormDataAsync("bureau", project.Id, "bureauNetworkReview"), "revisionChanges"), Is.Null, "a first round changed nothing");
        await CompleteAsync("bureau", project.Id, "bureauNetworkReview", new { networkDecision = "return", networkOpinion = "请列明条款" });

        await CompleteAsync("dept-a", project.Id, "stateLegalBasis", new { legalBasis = "《网络安全法》第二十一条", justification = "业务需要" });

        var variables = await FormDataAsync("bureau", project.Id, "bureauNetworkReview");
        Assert.That(Answer(variables, "revisionChanges"), Is.EqualTo("修改国家规定依据：《网络安全法》 → 《网络安全法》第二十一条"));
        Assert.That(Answer(variables, "revisionChangesEn"), Is.EqualTo("Legal basis in national rules: 《网络安全法》 → 《网络安全法》第二十一条"));
    }
}
