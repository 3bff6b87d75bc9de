using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// The return branches outside the application review lead to a task where the asked fix can be made: the dedicated-network
/// request (art. 11), the change request (art. 20) and the cross-department plan a co-builder declines (arts. 6, 8).
/// </summary>
public sealed class ReturnBranchTests(string provider) : ShippedProcessFixture(provider)
{
    [Test]
    public async Task ShouldLetTheBureauReturnADedicatedNetworkRequestForABetterLegalBasis()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "dedicated-network-exception", project.Id);
        await CompleteAsync("dept-a", project.Id, "stateLegalBasis", new { legalBasis = "《网络安全法》", justification = "业务需要" });

        await CompleteAsync("bureau", project.Id, "bureauNetworkReview", new { networkDecision = "return", networkOpinion = "请列明要求建设专网的国家规定条款" });

        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "stateLegalBasis" }));
        await CompleteAsync("dept-a", project.Id, "stateLegalBasis", new { legalBasis = "《某行业专网建设规定》第五条", justification = "国家规定须专网承载" });
        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "bureauNetworkReview" }));
    }

    [Test]
    public async Task ShouldLetTheBureauReturnAChangeRequestForMoreDetail()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ApproveAsync(project.Id);
        await StartAsync(await SignInAsync("dept-a"), "change-request", project.Id);
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求调整", newScope = "增加移动端" });

        await CompleteAsync("bureau", project.Id, "bureauChangeEvaluation", new { changeDecision = "return", changeOpinion = "请说明移动端的建设内容和工期影响" });

        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "stateChange" }));
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求调整：增加移动端，工期不变", newScope = "增加移动端办事功能" });
        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "bureauChangeEvaluation" }));
    }

    [Test]
    public async Task ShouldLetTheLeadRevisePlanAndCoBuildersWhenACoBuilderDeclinesItsPart()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await StartAsync(await SignInAsync("dept-a"), "cross-department-project", project.Id, new { coBuildingDepartments = new[] { "health" } });
        await CompleteAsync("dept-a", project.Id, "leadConfirmsPart", new { leadPart = "建设平台" });
        await CompleteAsync("dept-b", project.Id, "coBuilderConfirmsPart", new { coBuildingDecision = "decline", coBuildingPart = "本单位无相关业务" });

        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "revisePlan" }));
        var revision = (await ProjectAsync(project.Id, "dept-a")).GetProperty("revision");
        Assert.That(revision.GetProperty("canRevise").GetBoolean(), Is.True);
        Assert.That(revision.GetProperty("reason").GetString(), Is.EqualTo("本单位无相关业务"));

        var application = await ApplicationAsync(project.Id);
        application["coBuildingDepartments"] = new[] { "tianning" };
        await ReviseAsync("dept-a", project.Id, application).EnsureSuccessAsync();
        await CompleteAsync("dept-a", project.Id, "revisePlan", new { revisionNote = "改由天宁镇共建" });

        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "coBuilderConfirmsPart", "leadConfirmsPart" }));
        var townClerk = await SignInAsync("town-a");
        await CompleteAsync(townClerk, await TaskAsync(townClerk, project.Id, "coBuilderConfirmsPart"),
            new { coBuildingDecision = "confirm", coBuildingPart = "乡镇数据采集" }).EnsureSuccessAsync();
        var history = (await ProjectAsync(project.Id)).GetProperty("history").EnumerateArray().Select(row => row.GetProperty("change").GetString());
        // People read departments by name in the history, not by code.
        Assert.That(history, Does.Contain("登记共建单位：县卫生健康局"));
        Assert.That(history, Does.Contain("修改共建单位：县卫生健康局 → 天宁镇人民政府"));
        Assert.That(history, Does.Contain("总体方案已修改，请共建单位重新确认分工：天宁镇人民政府"));
        Assert.That(history, Does.Contain("共建单位天宁镇人民政府确认分工"));
    }

    /// <summary>A change request needs an approved project: the reviews are the new-project path's, not this test's.</summary>
    private async Task ApproveAsync(Guid projectId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await db.Set<Project>().Where(p => p.Id == projectId).ExecuteUpdateAsync(p => p.SetProperty(x => x.Stage, ProjectStage.Approved));
    }
}
