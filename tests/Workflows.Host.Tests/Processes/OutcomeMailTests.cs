using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Execution;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Durable;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// The clerks of the project's department(s), and no one else, hear how a project process ended: the outcome (the end
/// event's name), the project by name, the deciding step's opinion, in the transaction that ended the instance.
/// </summary>
public sealed class OutcomeMailTests(string provider) : ShippedProcessFixture(provider)
{
    private const string Department = "education";

    /// <summary>The process that the test host fails while it ends (see <see cref="FailingEndObserver"/>).</summary>
    private const string FailingProjectName = "结束时失败的项目";

    private sealed record Mail(string Key, string To, string Subject, string TextBody);

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddScoped<IEngineEventObserver, FailingEndObserver>());

    [Test]
    public async Task ShouldMailTheApplyingDepartmentsClerksTheBureausRefusalWithTheProjectNameAndTheOpinion()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        var instanceId = await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id, Department);
        await ApplyAsync(project.Id);
        await CompleteAsync("approval", project.Id, "materialReview",
            new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "材料齐全" });
        await CompleteAsync("dgsc", project.Id, "technicalReview", new { technicalDecision = "approve", technicalOpinion = "方案可行" });
        await CompleteAsync("bureau", project.Id, "bureauReview", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = "reject", reviewOpinion = "与已建系统重复建设",
        });

        var mails = await OutcomeMailsAsync(instanceId);

        Assert.That(Recipients(mails), Is.EqualTo(new[] { "dept-a", "lead-a" }));
        Assert.Multiple(() =>
        {
            foreach (var mail in mails)
            {
                Assert.That(mail.Subject, Does.Contain(project.Name).And.Contain("不予立项").And.Not.Contain(project.Id.ToString()));
                Assert.That(mail.TextBody, Does.Contain("新建政务信息化项目审批").And.Contain("与已建系统重复建设")
                    .And.Contain($"/projects/{project.Id}"));
            }
        });
    }

    [Test]
    public async Task ShouldMailNoOtherDepartmentWhenAProjectIsRefused()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await StartAsync(await SignInAsync("dept-a"), "new-project", project.Id, Department);
        await ApplyAsync(project.Id);
        await CompleteAsync("approval", project.Id, "materialReview",
            new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "材料齐全" });
        await CompleteAsync("dgsc", project.Id, "technicalReview", new { technicalDecision = "approve", technicalOpinion = "方案可行" });
        await CompleteAsync("bureau", project.Id, "bureauReview", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = "reject", reviewOpinion = "不予立项",
        });

        var mails = await ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => m.TextBody.Contains(project.Id.ToString())).ToListAsync());

        Assert.That(mails.Select(m => m.To), Has.None.Contains("dept-b@").And.None.Contains("lead-b@").And.None.Contains("town-a@"));
        Assert.That(mails.Select(m => m.To), Has.Some.Contains("dept-a@"));
    }

    [Test]
    public async Task ShouldMailTheRefusalOfAChangeRequestWithTheBureausOpinion()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var instanceId = await StartAsync(await SignInAsync("dept-a"), "change-request", project.Id, Department);
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求变化", newScope = "增加移动端" });
        await CompleteAsync("bureau", project.Id, "bureauChangeEvaluation", new { changeDecision = "reject", changeOpinion = "变更理由不充分" });

        var mails = await OutcomeMailsAsync(instanceId);

        Assert.That(Recipients(mails), Is.EqualTo(new[] { "dept-a", "lead-a" }));
        Assert.That(mails.Select(m => (m.Subject.Contains("不同意变更") && m.Subject.Contains(project.Name), m.TextBody.Contains("变更理由不充分"))),
            Is.All.EqualTo((true, true)));
    }

    [Test]
    public async Task ShouldNameTheOutcomeAndTheProcessInEnglishToAReaderOfEnglishMails()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var instanceId = await StartAsync(await SignInAsync("dept-a"), "change-request", project.Id, Department);
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求变化", newScope = "增加移动端" });
        await PreferLanguageAsync("lead-a", "en");
        try
        {
            await CompleteAsync("bureau", project.Id, "bureauChangeEvaluation", new { changeDecision = "reject", changeOpinion = "变更理由不充分" });
        }
        finally
        {
            await PreferLanguageAsync("lead-a", null);
        }

        var mails = (await OutcomeMailsAsync(instanceId)).ToDictionary(m => Recipients([m])[0]);

        Assert.That(mails["lead-a"].Subject, Is.EqualTo($"[Outcome] {project.Name}: Change refused"));
        Assert.That(mails["lead-a"].TextBody, Does.Contain("Project change request").And.Not.Contain("不同意变更").And.Not.Contain("项目变更申请"));
        Assert.That(mails["dept-a"].Subject, Does.Contain("不同意变更"), "a reader of Chinese mails keeps the Chinese names");
    }

    [Test]
    public async Task ShouldMailTheTerminationOfAProjectThatFailedItsRectification()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var instanceId = await StartAsync(await SignInAsync("bureau"), "rectification-order", project.Id, Department);
        await CompleteAsync("bureau", project.Id, "issueOrder", new
        {
            rectificationReason = "UnapprovedChange", rectificationDescription = "擅自增加建设内容", limitWorkingDays = 10, secondLimitWorkingDays = 5,
        });
        await CompleteAsync("dept-a", project.Id, "rectify", new { rectificationReport = "已整改", rectificationRefused = false });
        await CompleteAsync("bureau", project.Id, "verifyRectification", new { rectificationCompliant = false, lossFound = false, verificationOpinion = "整改不到位" });
        await CompleteAsync("dept-a", project.Id, "rectifyAgain", new { rectificationReport = "再次整改", rectificationRefused = false });
        await CompleteAsync("bureau", project.Id, "verifySecondRectification",
            new { rectificationCompliant = false, lossFound = false, verificationOpinion = "仍未整改到位" });
        Assert.That(await OutcomeMailsAsync(instanceId), Is.Empty, "the order is still open: the loss is assessed");
        await CompleteAsync("bureau", project.Id, "assessLoss", new { seriousLoss = false, lossAssessment = "未造成严重损失" });

        var mails = await OutcomeMailsAsync(instanceId);

        Assert.That(Recipients(mails), Is.EqualTo(new[] { "dept-a", "lead-a" }));
        Assert.That(mails.Select(m => m.Subject.Contains("项目终止") && m.Subject.Contains(project.Name)), Is.All.True);
    }

    [Test]
    public async Task ShouldMailTheCoBuildingDepartmentsWhenACrossDepartmentProjectEnds()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        var instanceId = await StartAsync(await SignInAsync("dept-a"), "cross-department-project", project.Id,
            new { departmentCode = Department, coBuildingDepartments = new[] { "health" } });
        await CompleteAsync("dept-a", project.Id, "leadConfirmsPart", new { leadPart = "建设平台" });
        await CompleteAsync("dept-b", project.Id, "coBuilderConfirmsPart", new { coBuildingDecision = "confirm", coBuildingPart = "提供数据" });
        await CompleteAsync("dept-a", project.Id, "consolidatePlan", new { consolidatedPlan = "总体方案", sharingRequirements = "共享需求" });
        await ApplyAsync(project.Id);
        await CompleteAsync("approval", project.Id, "materialReview",
            new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "材料齐全" });
        await CompleteAsync("dgsc", project.Id, "technicalReview", new { technicalDecision = "approve", technicalOpinion = "方案可行" });
        await CompleteAsync("bureau", project.Id, "bureauReview", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = "reject", reviewOpinion = "分工不清",
        });

        var mails = await OutcomeMailsAsync(instanceId);
        var all = await ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith("instance-ended:") && m.TextBody.Contains(project.Id.ToString())).ToListAsync());

        Assert.That(Recipients(mails), Is.EqualTo(new[] { "dept-a", "dept-b", "lead-a", "lead-b" }));
        Assert.That(all, Has.Count.EqualTo(mails.Count), "the called review's own end mails nobody: its caller's end does");
        Assert.That(mails.Select(m => (m.Subject.Contains(project.Name), m.TextBody.Contains("不予立项"), m.TextBody.Contains("分工不清"))),
            Is.All.EqualTo((true, true, true)));
    }

    [Test]
    public async Task ShouldMailNothingWhenTheCompletionThatEndsTheInstanceRollsBack()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department, name: FailingProjectName + Guid.NewGuid().ToString("N")[..4]);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var instanceId = await StartAsync(await SignInAsync("dept-a"), "change-request", project.Id, Department);
        await CompleteAsync("dept-a", project.Id, "stateChange", new { changeReason = "需求变化", newScope = "增加移动端" });
        var bureau = await SignInAsync("bureau");

        var response = await CompleteAsync(bureau, await TaskAsync(bureau, project.Id, "bureauChangeEvaluation"),
            new { changeDecision = "reject", changeOpinion = "不同意" });

        Assert.That((int)response.StatusCode, Is.GreaterThanOrEqualTo(500), "the test host fails the end of this project's instance");
        Assert.That(await OpenActivitiesAsync(project.Id), Is.EqualTo(new[] { "bureauChangeEvaluation" }));
        Assert.That(await OutcomeMailsAsync(instanceId), Is.Empty);
    }

    private async Task<List<Mail>> OutcomeMailsAsync(Guid instanceId)
    {
        var prefix = $"instance-ended:{instanceId}:";
        return await ReadAsync(db => db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith(prefix))
            .Select(m => new Mail(m.IdempotencyKey, m.To, m.Subject, m.TextBody)).ToListAsync());
    }

    /// <summary>The demo user names the mails went to (their addresses are <c>name@demo.county.gov.cn</c>).</summary>
    private static string[] Recipients(IEnumerable<Mail> mails) =>
        [.. mails.Select(m => m.To[(m.To.IndexOf('<') + 1)..m.To.IndexOf('@')]).Order(StringComparer.Ordinal)];

    /// <summary>Throws while projecting the end of an instance whose project is named <see cref="FailingProjectName"/>, after the outcome mail was staged.</summary>
    private sealed class FailingEndObserver(Persistence.WorkflowsDbContext db) : IEngineEventObserver
    {
        public async ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
        {
            if (engineEvent is not InstanceEnded || instance.BusinessKey is not { } key || !Guid.TryParse(key, out var projectId))
                return;
            var name = await db.Set<Projects.Domain.Project>().Where(p => p.Id == projectId).Select(p => p.Name).SingleAsync(cancellationToken);
            if (name.StartsWith(FailingProjectName, StringComparison.Ordinal))
                throw new InvalidOperationException("The test host fails this instance's end.");
        }
    }
}
