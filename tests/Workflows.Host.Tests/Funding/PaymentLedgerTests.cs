using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Commands.AttachDocument;
using Workflows.Projects.Projects.Commands.FileAcceptanceReport;
using Workflows.Projects.Projects.Commands.HoldFunding;

namespace Workflows.Host.Tests.Funding;

/// <summary>The funding ledger (art. 13) and what stops it (arts. 25, 28), through the API as finance and the departments.</summary>
public sealed class PaymentLedgerTests(string provider) : HostFixture(provider)
{
    private const string Department = "education";

    private async Task<Guid> BudgetedProjectAsync(decimal approvedBudget = 500_000m)
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, approvedBudget);
        return project.Id;
    }

    private async Task<HttpResponseMessage> PayAsync(string userName, Guid projectId, decimal amount, bool disbursed = true, string fund = "Construction") =>
        await (await SignInAsync(userName)).PostAsJsonAsync($"/api/projects/{projectId}/payments",
            new { fund, amount, purpose = "按进度拨付", disbursed });

    private async Task<JsonElement> LedgerAsync(string userName, Guid projectId) =>
        await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}/payments");


    [Test]
    public async Task ShouldRecordConstructionAndOperationPaymentsInTheLedger()
    {
        var projectId = await BudgetedProjectAsync();
        await PayAsync("finance", projectId, 200_000m).EnsureSuccessAsync();
        await PayAsync("finance", projectId, 50_000m, fund: "Operation").EnsureSuccessAsync();

        var ledger = await LedgerAsync("dept-a", projectId);

        Assert.That(ledger.GetProperty("disbursed").GetDecimal(), Is.EqualTo(250_000m));
        Assert.That(ledger.GetProperty("remaining").GetDecimal(), Is.EqualTo(250_000m));
        Assert.That(ledger.GetProperty("byFund").EnumerateArray().Select(f => (f.GetProperty("fund").GetString(), f.GetProperty("disbursed").GetDecimal())),
            Is.EqualTo(new[] { ("Construction", 200_000m), ("Operation", 50_000m) }));
    }

    [Test]
    public async Task ShouldLetTheLeadDepartmentRequestAPaymentThatFinanceDisburses()
    {
        var projectId = await BudgetedProjectAsync();
        var requested = await (await PayAsync("dept-a", projectId, 80_000m, disbursed: false).EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();

        var paid = await (await SignInAsync("finance")).PostAsync($"/api/projects/{projectId}/payments/{requested.GetProperty("id").GetGuid()}/disburse", null)
            .EnsureSuccessAsync();

        Assert.That(requested.GetProperty("status").GetString(), Is.EqualTo("Requested"));
        Assert.That((await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("Disbursed"));
        Assert.That((await LedgerAsync("finance", projectId)).GetProperty("disbursed").GetDecimal(), Is.EqualTo(80_000m));
    }

    [Test]
    public async Task ShouldForbidADepartmentToRecordADisbursement()
    {
        var projectId = await BudgetedProjectAsync();

        var response = await PayAsync("dept-a", projectId, 10_000m, disbursed: true);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentOrTheBureauToRequestAPayment()
    {
        var projectId = await BudgetedProjectAsync();

        var other = await PayAsync("dept-b", projectId, 10_000m, disbursed: false);
        var bureau = await PayAsync("bureau", projectId, 10_000m, disbursed: false);

        Assert.That((other.StatusCode, bureau.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
    }

    [Test]
    public async Task ShouldForbidADepartmentToDisburseARequest()
    {
        var projectId = await BudgetedProjectAsync();
        var requested = await (await PayAsync("dept-a", projectId, 10_000m, disbursed: false).EnsureSuccessAsync()).Content.ReadFromJsonAsync<JsonElement>();

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/projects/{projectId}/payments/{requested.GetProperty("id").GetGuid()}/disburse", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRefuseDisbursementsBeyondTheApprovedBudget()
    {
        var projectId = await BudgetedProjectAsync(300_000m);
        await PayAsync("finance", projectId, 250_000m).EnsureSuccessAsync();

        var response = await PayAsync("finance", projectId, 50_000.01m);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "art-13" }));
    }

    [Test]
    public async Task ShouldCountOpenRequestsAgainstTheApprovedBudget()
    {
        var projectId = await BudgetedProjectAsync(100_000m);
        await PayAsync("dept-a", projectId, 70_000m, disbursed: false).EnsureSuccessAsync();

        var response = await PayAsync("dept-a", projectId, 40_000m, disbursed: false);

        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "art-13" }));
    }

    [Test]
    public async Task ShouldRefuseAPaymentBeforeFinanceApprovesTheBudget()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);

        var response = await PayAsync("finance", project.Id, 10_000m);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "art-13" }));
    }

    [Test]
    public async Task ShouldRefuseInvalidAmountsWithProblemsKeyedByField()
    {
        var projectId = await BudgetedProjectAsync();

        var negative = await PayAsync("finance", projectId, -5m);
        var fractions = await PayAsync("finance", projectId, 1.005m);
        var unknownFund = await (await SignInAsync("finance")).PostAsJsonAsync($"/api/projects/{projectId}/payments",
            new { fund = "Salaries", amount = 10m, purpose = "x" });

        Assert.That((negative.StatusCode, fractions.StatusCode, unknownFund.StatusCode),
            Is.EqualTo((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
    }

    [Test]
    public async Task ShouldRefuseAPaymentWhileTheAcceptanceReportIsLateAndAllowItOnceFiled()
    {
        var projectId = await BudgetedProjectAsync();
        await AcceptAsync(projectId);
        await ProjectSetup.HoldFundingAsync(App, projectId, HoldFundingHandler.LateAcceptanceReport);

        var held = await PayAsync("finance", projectId, 10_000m);
        await FileAcceptanceReportAsync(projectId);
        var released = await PayAsync("finance", projectId, 10_000m);

        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await held.ProblemKeysAsync(), Is.EqualTo(new[] { "art-25" }));
        Assert.That(released.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ShouldTellTheLedgerReaderWhichArticleStopsPayments()
    {
        var projectId = await BudgetedProjectAsync();
        await ProjectSetup.HoldFundingAsync(App, projectId, HoldFundingHandler.LateAcceptanceReport);

        var ledger = await LedgerAsync("dept-a", projectId);

        Assert.That(ledger.GetProperty("blockedBy").GetProperty("key").GetString(), Is.EqualTo("art-25"));
    }

    [Test]
    public async Task ShouldNotShowTheLedgerToAnotherDepartment()
    {
        var projectId = await BudgetedProjectAsync();

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/projects/{projectId}/payments");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldShowTheBureauTheAmountsKeptBackByHoldsAndSuspensions()
    {
        var held = await BudgetedProjectAsync(400_000m);
        await PayAsync("finance", held, 100_000m).EnsureSuccessAsync();
        await ProjectSetup.HoldFundingAsync(App, held, HoldFundingHandler.LateAcceptanceReport);
        var suspended = await BudgetedProjectAsync(250_000m);
        await SuspendAsync(suspended);

        var dashboard = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/dashboard");

        var holds = dashboard.GetProperty("fundingHolds").EnumerateArray().ToDictionary(h => h.GetProperty("projectId").GetGuid());
        Assert.That(holds[held].GetProperty("withheld").GetDecimal(), Is.EqualTo(300_000m));
        Assert.That(holds[suspended].GetProperty("withheld").GetDecimal(), Is.EqualTo(250_000m));
        Assert.That(dashboard.GetProperty("funding").GetProperty("held").GetDecimal(), Is.GreaterThanOrEqualTo(300_000m));
        Assert.That(dashboard.GetProperty("funding").GetProperty("suspended").GetDecimal(), Is.GreaterThanOrEqualTo(250_000m));
    }

    /// <summary>Completion acceptance recorded directly: the acceptance path is not what these tests are about.</summary>
    private async Task AcceptAsync(Guid projectId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
        project.Stage = ProjectStage.Accepted;
        project.AcceptedAt = DateTimeOffset.UtcNow.AddDays(-60);
        await db.SaveChangesAsync();
    }

    private async Task FileAcceptanceReportAsync(Guid projectId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new AttachDocument(projectId, DocumentKind.AcceptanceReport, "验收报告.pdf", "application/pdf", Encoding.UTF8.GetBytes("%PDF report"), "dept-a"));
        await mediator.Send(new FileAcceptanceReport(projectId, "验收报告", "dept-a"));
    }

    /// <summary>Art. 28's suspension, set directly: the rectification path itself is walked in <c>RectificationOrderPathTests</c>.</summary>
    private async Task SuspendAsync(Guid projectId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
        project.FundingStatus = FundingStatus.Suspended;
        project.FundingHoldReason = "整改不到位";
        await db.SaveChangesAsync();
    }
}
