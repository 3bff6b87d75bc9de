using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain;

namespace Workflows.Host.Tests.Catalogue;

/// <summary>
/// Art. 10: a department proposes its system for the catalogue, the bureau confirms it or refuses it with a reason; only confirmed
/// systems in service can be the subject of a project, and a system the bureau retired gets no new project and no O&amp;M money.
/// </summary>
public sealed class CatalogueGovernanceTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldKeepADepartmentsProposalAsProposedUntilTheBureauConfirmsIt()
    {
        var clerk = await SignInAsync("dept-a");
        var systemId = await CatalogueClient.ListAsync(clerk, Department, "学籍管理系统");
        var proposed = (await CatalogueClient.EntryAsync(clerk, systemId)).GetProperty("entryStatus").GetString();

        await (await SignInAsync("bureau")).PostAsync($"/api/catalogue/{systemId}/confirm", null).EnsureSuccessAsync();

        var entry = await CatalogueClient.EntryAsync(clerk, systemId);
        Assert.That((proposed, entry.GetProperty("entryStatus").GetString(), entry.GetProperty("reviewedBy").GetString()),
            Is.EqualTo(("Proposed", "Confirmed", "bureau")));
    }

    [Test]
    public async Task ShouldRefuseAProjectForASystemTheBureauHasNotConfirmed()
    {
        var systemId = await CatalogueClient.ListAsync(await SignInAsync("dept-a"), Department, "校车监管系统");

        var response = await RegisterForAsync(systemId);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-10" }));
    }

    [Test]
    public async Task ShouldRefuseAProjectForASystemTheBureauRefused()
    {
        var systemId = await CatalogueClient.ListAsync(await SignInAsync("dept-a"), Department, "重复建设平台");
        await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/catalogue/{systemId}/refuse", new { reason = "与市级平台功能重复" }).EnsureSuccessAsync();

        var response = await RegisterForAsync(systemId);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-10" }));
        var entry = await CatalogueClient.EntryAsync(await SignInAsync("dept-a"), systemId);
        Assert.That((entry.GetProperty("entryStatus").GetString(), entry.GetProperty("refusalReason").GetString()), Is.EqualTo(("Refused", "与市级平台功能重复")));
    }

    [Test]
    public async Task ShouldRegisterAProjectForASystemOnceTheBureauConfirmedIt()
    {
        var systemId = await CatalogueClient.ListAsync(await SignInAsync("dept-a"), Department, "教师研修平台");
        await (await SignInAsync("bureau")).PostAsync($"/api/catalogue/{systemId}/confirm", null).EnsureSuccessAsync();

        var response = await RegisterForAsync(systemId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task ShouldRefuseARefusalWithoutItsReasonAndASecondDecision()
    {
        var bureau = await SignInAsync("bureau");
        var systemId = await CatalogueClient.ListAsync(await SignInAsync("dept-a"), Department, "招生报名系统");

        var unexplained = await bureau.PostAsJsonAsync($"/api/catalogue/{systemId}/refuse", new { reason = " " });
        await bureau.PostAsync($"/api/catalogue/{systemId}/confirm", null).EnsureSuccessAsync();
        var again = await bureau.PostAsJsonAsync($"/api/catalogue/{systemId}/refuse", new { reason = "重复建设" });

        Assert.That(await ProblemKeysAsync(unexplained), Is.EqualTo(new[] { "reason" }));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldLetOnlyTheBureauConfirmRefuseAndRetire()
    {
        var clerk = await SignInAsync("dept-a");
        var systemId = await CatalogueClient.ListAsync(clerk, Department, "资产管理系统");

        var confirmed = await clerk.PostAsync($"/api/catalogue/{systemId}/confirm", null);
        var refused = await (await SignInAsync("finance")).PostAsJsonAsync($"/api/catalogue/{systemId}/refuse", new { reason = "不同意" });
        var retired = await clerk.PostAsJsonAsync($"/api/catalogue/{systemId}/retire", new { retiredOn = Today, reason = "停用" });

        Assert.That(new[] { confirmed.StatusCode, refused.StatusCode, retired.StatusCode }, Is.All.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await CatalogueClient.EntryAsync(clerk, systemId)).GetProperty("entryStatus").GetString(), Is.EqualTo("Proposed"));
    }

    [Test]
    public async Task ShouldRefuseANewProjectForASystemTheBureauRetired()
    {
        var bureau = await SignInAsync("bureau");
        var systemId = await CatalogueClient.ListAsync(bureau, Department, "旧版办公系统");

        await bureau.PostAsJsonAsync($"/api/catalogue/{systemId}/retire", new { retiredOn = Today, reason = "功能并入市级协同办公平台" }).EnsureSuccessAsync();
        var response = await RegisterForAsync(systemId);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-10" }));
        var entry = await CatalogueClient.EntryAsync(bureau, systemId);
        Assert.That((entry.GetProperty("status").GetString(), entry.GetProperty("retiredOn").GetString(), entry.GetProperty("retirementReason").GetString()),
            Is.EqualTo(("Retired", Today, "功能并入市级协同办公平台")));
    }

    [Test]
    public async Task ShouldRefuseOperationsFundsOnceTheProjectsSystemIsRetired()
    {
        var project = await ProjectSetup.RegisterAsync(App, Department);
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 400_000m, ProjectStage.InOperation);
        var systemId = (await ProjectAsync(project.Id)).GetProperty("application").GetProperty("systemIds")[0].GetGuid();
        var finance = await SignInAsync("finance");

        var before = await finance.PostAsJsonAsync($"/api/projects/{project.Id}/payments", new { fund = "Operation", amount = 10_000m, purpose = "年度运维" });
        await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/catalogue/{systemId}/retire", new { retiredOn = Today, reason = "系统下线" }).EnsureSuccessAsync();
        var after = await finance.PostAsJsonAsync($"/api/projects/{project.Id}/payments", new { fund = "Operation", amount = 10_000m, purpose = "年度运维" });

        Assert.That((before.StatusCode, after.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Conflict)));
        Assert.That(await after.ProblemKeysAsync(), Is.EqualTo(new[] { "art-10" }));
    }

    /// <summary>Registers, as dept-a, a project (outside the plan) whose one system is <paramref name="systemId"/>.</summary>
    private async Task<HttpResponseMessage> RegisterForAsync(Guid systemId)
    {
        var template = await ProjectSetup.RegisterAsync(App, Department, inAnnualPlan: false);
        var application = CatalogueClient.ApplicationFor(await ProjectAsync(template.Id), systemId);
        return await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/projects", new { code = $"XM-{Guid.NewGuid():N}"[..15], application });
    }
}
