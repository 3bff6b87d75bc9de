using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Documents;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Arts. 18 and 25 as the clerk, finance and the bureau live them when a deadline passes: the host's clock is moved past
/// the due day and the jobs that fell due are fired, as the timer poll does.
/// </summary>
public sealed class ContractDeadlineJourneyTests : BrowserFixture
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private ConstructionArrangement arrange = null!;

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));

    [SetUp]
    public void CreateArrangement() => arrange = new ConstructionArrangement(App, MailFolder);

    private string Today => clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Arts. 14, 16, 21: the clerk picks the procurement method and how the supervisor was chosen from radio groups, in Chinese
    /// and in English, and the choice reads in words on the project.
    /// </summary>
    [Test]
    public async Task ShouldLetTheClerkPickTheProcurementMethodAndTheSupervisorSelectionInEitherLanguage()
    {
        var project = await arrange.StartNewProjectAsync();
        await arrange.RunToProcurementAsync(project.Id);
        var clerk = await SignInAsync("dept-a");

        await clerk.GotoAsync($"/tasks/{await arrange.TaskAsync(project.Id, "procurement", "dept-a")}");
        var form = clerk.GetByTestId("task-form");
        await Assertions.Expect(form.GetByRole(AriaRole.Radio)).ToHaveCountAsync(3);
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "procurement-zh.png"), FullPage = true });
        await form.GetByLabel("竞争性磋商").CheckAsync();
        await form.GetByLabel("建设单位").FillAsync("某信息技术有限公司");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        await arrange.SignContractAsync(project.Id, Today);
        await arrange.RunToSupervisorFilingAsync(project.Id);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await clerk.GotoAsync($"/tasks/{await arrange.TaskAsync(project.Id, "fileSupervisor", "dept-a")}");
        form = clerk.GetByTestId("task-form");
        await Assertions.Expect(form.GetByRole(AriaRole.Radio)).ToHaveCountAsync(3);
        await Assertions.Expect(form.GetByLabel("Request for quotation")).ToBeVisibleAsync();
        await Assertions.Expect(form.GetByRole(AriaRole.Heading, new() { Name = "Supervisor filing (Art. 21)" })).ToBeVisibleAsync();
        await Assertions.Expect(form).Not.ToContainTextAsync("监理备案");
        await Assertions.Expect(clerk.GetByTestId("task-assignee")).ToHaveTextAsync("Not claimed (County department, Township)");
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "supervisor-en.png"), FullPage = true });
        await form.GetByLabel("Supervising firm").FillAsync("某工程监理有限公司");
        await form.GetByLabel("Request for quotation").CheckAsync();
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToBeVisibleAsync();

        await clerk.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await clerk.GotoAsync($"/projects/{project.Id}");
        var history = clerk.GetByTestId("history");
        await Assertions.Expect(history).ToContainTextAsync("某工程监理有限公司");
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "procurement-history-zh.png"), FullPage = true });
        await Assertions.Expect(history).ToContainTextAsync("采购方式：竞争性磋商");
        await Assertions.Expect(history).ToContainTextAsync("选定方式：询价");
        await Assertions.Expect(history).Not.ToContainTextAsync("competitive-negotiation");
        await Assertions.Expect(history).Not.ToContainTextAsync("inquiry");
        // The signing's values read by their labels, not by the names the server wrote them under (SignedOn).
        await Assertions.Expect(history).ToContainTextAsync($"签订日期：{Today}");
        await Assertions.Expect(history).Not.ToContainTextAsync("SignedOn");
        await history.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "project-history-zh.png") });
    }

    /// <summary>Art. 18: the overdue filing goes to the bureau and finance, the clerk files it late, finance acknowledges its copy.</summary>
    [Test]
    public async Task ShouldEscalateALateContractFilingToTheBureauAndFinanceAndShowBothFilingsLateOnTheProject()
    {
        var project = await arrange.StartNewProjectAsync();
        await arrange.RunToContractSignedAsync(project.Id, Today);
        var filingTask = await arrange.TaskAsync(project.Id, "fileContract", "dept-a");
        clock.Advance(TimeSpan.FromDays(12));
        await arrange.RunDueJobsAsync(clock.GetUtcNow());

        await Eventually.HoldsAsync(() => Task.FromResult(MailedAbout("【逾期督办】合同备案", project.Name).Length == 2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(MailedAbout("【逾期督办】合同备案", project.Name), Is.EquivalentTo(new[] { "bureau", "finance" }));
            Assert.That(arrange.Mails().Where(m => m.Subject.StartsWith($"【到期提醒】{project.Name}：合同备案")).SelectMany(m => m.To).Distinct(),
                Is.EquivalentTo(new[] { "dept-a", "lead-a" }));
        }

        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/tasks/{filingTask}");
        await Assertions.Expect(clerk.GetByText("已逾期")).ToBeVisibleAsync();
        await clerk.GetByLabel("备案说明").FillAsync("合同签订后因盖章流程延误备案");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        var finance = await SignInAsync("finance");
        await finance.GetByRole(AriaRole.Row).Filter(new() { HasText = project.Name })
            .Locator("a[data-task-id]", new() { HasText = "财政签收合同备案" }).ClickAsync();
        await finance.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        await clerk.GotoAsync($"/projects/{project.Id}");
        var filings = clerk.GetByTestId("filings");
        await Assertions.Expect(filings.GetByRole(AriaRole.Row).Filter(new() { HasText = "合同备案（县财政局签收）" })).ToContainTextAsync("逾期备案");
        await Assertions.Expect(filings.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new("^\\s*合同备案\\d") })).ToContainTextAsync("逾期备案");
        await Assertions.Expect(filings).Not.ToContainTextAsync("ContractWithFinance");
        await Assertions.Expect(clerk.GetByText("合同备案逾期（第十八条：签订后5个工作日内备案）")).ToBeVisibleAsync();
    }

    /// <summary>Art. 25: no money while the acceptance report is late; filing it releases the hold.</summary>
    [Test]
    public async Task ShouldHoldTheFundingWhenTheAcceptanceReportIsLateAndReleaseItOnceTheClerkFilesIt()
    {
        var project = await arrange.StartNewProjectAsync();
        await arrange.RunToContractSignedAsync(project.Id, Today);
        await arrange.RunToCompletionAcceptanceAsync(project.Id);
        await arrange.CompleteAsync(project.Id, "completionAcceptance", "dept-a", new
        {
            acceptedOn = Today, acceptanceDecision = "pass", dataSharedToPlatform = true, secureAndControllable = true, acceptanceOpinion = "同意验收",
        });
        var reportTask = await arrange.TaskAsync(project.Id, "fileAcceptanceReport", "dept-a");
        clock.Advance(TimeSpan.FromDays(50));
        await arrange.RunDueJobsAsync(clock.GetUtcNow());

        var clerk = await SignInAsync("dept-a");
        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("project-funding")).ToContainTextAsync("暂缓拨付");
        Assert.That(MailedAbout("【逾期督办】验收报告备案", project.Name), Is.EquivalentTo(new[] { "bureau", "finance" }));

        await arrange.UploadAsync(project.Id, DocumentKind.AcceptanceReport);
        await clerk.GotoAsync($"/tasks/{reportTask}");
        await clerk.GetByLabel("报告摘要").FillAsync("项目已通过竣工验收，报告见附件");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("project-funding")).ToContainTextAsync("正常");
        await Assertions.Expect(clerk.GetByTestId("filings").GetByRole(AriaRole.Row).Filter(new() { HasText = "验收报告备案" })).ToContainTextAsync("逾期备案");
    }

    /// <summary>Art. 22: an acceptance for rework resumes construction; the clerk reports progress again.</summary>
    [Test]
    public async Task ShouldSendAnAcceptanceForReworkBackToConstructionFromTheForm()
    {
        var project = await arrange.StartNewProjectAsync();
        await arrange.RunToContractSignedAsync(project.Id, Today);
        await arrange.RunToCompletionAcceptanceAsync(project.Id);
        var clerk = await SignInAsync("dept-a");

        await clerk.GetByRole(AriaRole.Row).Filter(new() { HasText = project.Name })
            .Locator("a[data-task-id]", new() { HasText = "竣工验收" }).ClickAsync();
        await clerk.GetByLabel("验收日期").FillAsync(Today);
        await clerk.GetByLabel("验收日期").PressAsync("Enter");
        await clerk.GetByLabel("整改后复验").CheckAsync();
        await clerk.GetByLabel("验收意见").FillAsync("接口文档不全，整改后复验");
        await clerk.GetByTestId("submit-task").ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("flash")).ToHaveTextAsync("任务已提交");

        await Eventually.HoldsAsync(async () => (await arrange.OpenActivitiesAsync(project.Id)).SequenceEqual(["reportProgress"]));
        await clerk.GotoAsync($"/projects/{project.Id}");
        await Assertions.Expect(clerk.GetByTestId("project-stage")).ToHaveTextAsync("建设中");
    }

    /// <summary>Who was mailed a subject starting with <paramref name="subject"/> naming the project.</summary>
    /// <summary>Who was mailed <paramref name="subject"/> about the project, named in the subject by its name (not its id).</summary>
    private string[] MailedAbout(string subject, string projectName) =>
        [.. arrange.Mails().Where(m => m.Subject.StartsWith(subject) && m.Subject.EndsWith($"（{projectName}）")).SelectMany(m => m.To).Distinct()];
}
