using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Security;

/// <summary>Item 20 (art. 37, 等保 2.0 三级): security events and changes go to the append-only, SM3-chained audit trail.</summary>
public sealed class AuditTrailTests(string provider) : ProcessFixture(provider)
{
    private static readonly string[] DemoUsers = ["bureau", "approval", "finance", "dgsc", "county", "dept-a", "dept-b", "town-a"];

    [Test]
    public async Task ShouldRecordAFailedSignInAndASuccessfulOne()
    {
        await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "town-a", password = "wrong-password" });
        await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "town-a", password = TestApp.DemoPassword }).EnsureSuccessAsync();

        var succeeded = await AuditAsync("?actor=town-a&action=sign-in.succeeded");
        var failed = await AuditAsync("?action=sign-in.failed");

        Assert.That(succeeded, Has.Some.Matches<JsonElement>(e => e.GetProperty("target").GetString() == "user town-a"));
        Assert.That(failed, Has.Some.Matches<JsonElement>(e =>
            e.GetProperty("target").GetString() == "user town-a" && e.GetProperty("actor").GetString() == "anonymous"));
    }

    [Test]
    public async Task ShouldRecordADenialWithTheUserItDenied()
    {
        var response = await (await SignInAsync("dept-b")).GetAsync("/api/audit");

        var denials = await AuditAsync("?actor=dept-b&action=access.denied");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(denials, Has.Some.Matches<JsonElement>(e => e.GetProperty("target").GetString() == "GET /api/audit"));
    }

    [Test]
    public async Task ShouldRecordATaskCompletionWithItsActor()
    {
        var clerk = await SignInAsync("dept-a");
        var (_, businessKey) = await StartTestProcessAsync(clerk);
        var task = (await OpenTasksAsync(clerk, businessKey)).Single();

        await CompleteAsync(clerk, task.Id, ValidFill).EnsureSuccessAsync();

        var completions = await AuditAsync("?action=task.completed&actor=dept-a");
        Assert.That(completions, Has.Some.Matches<JsonElement>(e => e.GetProperty("target").GetString() == $"task {task.Id}"));
    }

    [Test]
    public async Task ShouldRecordTheCancellingOfAnInstanceWithTheAdministratorWhoDidIt()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/instances/{instance.InstanceId}/cancel", new { reason = "重复申报" }).EnsureSuccessAsync();

        var cancelled = await AuditAsync("?action=instance.cancelled&actor=bureau");
        Assert.That(cancelled, Has.Some.Matches<JsonElement>(e => e.GetProperty("target").GetString() == $"instance {instance.InstanceId}"));
    }

    [Test]
    public async Task ShouldCancelAnInstanceWhenTheAdministratorGivesNoReasonBody()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        using var response = await (await SignInAsync("bureau")).PostAsync($"/api/instances/{instance.InstanceId}/cancel", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await response.Content.ReadAsStringAsync());
        var cancelled = await AuditAsync("?action=instance.cancelled&actor=bureau");
        Assert.That(cancelled, Has.Some.Matches<JsonElement>(e => e.GetProperty("target").GetString() == $"instance {instance.InstanceId}"));
    }

    [Test]
    public async Task ShouldRecordARoleChangeWithTheAdministratorWhoMadeIt()
    {
        await (await SignInAsync("bureau")).PutAsync("/api/admin/users/county/roles/finance", null).EnsureSuccessAsync();

        var changes = await AuditAsync("?action=user.role-assigned&actor=bureau");
        Assert.That(changes, Has.Some.Matches<JsonElement>(e => e.GetProperty("detail").GetString() == "finance to county"));
    }

    [Test]
    public async Task ShouldRecordThePublishingAndRetiringOfADefinitionWithTheAdministrator()
    {
        var bureau = await SignInAsync("bureau");
        var xml = (await File.ReadAllTextAsync(TestApp.TestBpmnPath)).Replace("\"host-test\"", "\"audit-retire\"", StringComparison.Ordinal);
        await bureau.PostAsync("/api/definitions/audit-retire/drafts", new StringContent(xml, System.Text.Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/audit-retire/versions/1/publish", null).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/audit-retire/versions/1/retire", null).EnsureSuccessAsync();

        var published = await AuditAsync("?action=definition.published&actor=bureau");
        var retired = await AuditAsync("?action=definition.retired&actor=bureau");

        Assert.That(published, Has.Some.Matches<JsonElement>(e => e.GetProperty("target").GetString() == "definition host-test v1"));
        Assert.That(retired, Has.Some.Matches<JsonElement>(e => e.GetProperty("target").GetString() == "definition audit-retire v1"));
    }

    [Test]
    public async Task ShouldRecordAProjectChangeWithItsActor()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var changes = await AuditAsync("?actor=bureau");

        Assert.That(changes, Has.Some.Matches<JsonElement>(e =>
            e.GetProperty("target").GetString() == $"project {project.Id}" && e.GetProperty("action").GetString()!.StartsWith("project.", StringComparison.Ordinal)));
    }

    [Test]
    public async Task ShouldKeepTheChainLinearWhenEventsArriveTogetherOnTwoNodes()
    {
        await using var node = await HostProcess.StartAsync(Database, DataFolder);
        using var other = node.CreateClient();
        var before = (await AuditAsync("?take=1")).Single().GetProperty("sequence").GetInt64();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => DemoUsers).SelectMany(userName => new[]
        {
            Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword }),
            other.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword }),
        }));

        var verification = await VerifyAsync();
        var sequences = (await AuditAsync("?take=10000")).Select(e => e.GetProperty("sequence").GetInt64()).Order().ToList();
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(verification.GetProperty("intact").GetBoolean(), Is.True, verification.ToString());
        Assert.That(sequences, Is.EqualTo(Enumerable.Range(1, sequences.Count).Select(i => (long)i)));
        Assert.That(sequences.Count(s => s > before), Is.GreaterThanOrEqualTo(48));
    }

    [Test]
    public async Task ShouldExportTheTrailAsCsvWithBothHashesAndNeutralisedCells()
    {
        var bureau = await SignInAsync("bureau");
        // A user name may start with - or +: the audit row's detail then starts like a formula.
        await bureau.PostAsJsonAsync("/api/admin/users",
            new { userName = "-1+1", displayName = "公式", password = TestApp.DemoPassword, departmentCode = (string?)null, roles = new[] { "finance" } })
            .EnsureSuccessAsync();

        var response = await bureau.GetAsync("/api/audit/export.csv").EnsureSuccessAsync();
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(text.TrimStart('\uFEFF'), Does.StartWith("序号,时间,操作人,操作,对象,详情,客户端地址,前一行哈希(SM3),本行哈希(SM3)\r\n"));
        Assert.That(text, Does.Contain(",'-1+1 with roles finance,"));
        Assert.That(text, Does.Not.Contain(",-1+1 with roles finance,"));
    }

    [Test]
    public async Task ShouldShowTheTrailToAdministratorsOnly()
    {
        var finance = await SignInAsync("finance");

        Assert.That((await finance.GetAsync("/api/audit")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await finance.GetAsync("/api/audit/verify")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await finance.GetAsync("/api/audit/export.csv")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("DELETE")]
    [TestCase("PUT")]
    [TestCase("POST")]
    [TestCase("PATCH")]
    public async Task ShouldOfferNoWayToChangeTheTrail(string method)
    {
        var bureau = await SignInAsync("bureau");

        var one = await bureau.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/audit/1") { Content = JsonContent.Create(new { detail = "x" }) });
        var all = await bureau.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/audit") { Content = JsonContent.Create(new { detail = "x" }) });

        Assert.That((int)one.StatusCode, Is.EqualTo(404).Or.EqualTo(405));
        Assert.That((int)all.StatusCode, Is.EqualTo(404).Or.EqualTo(405));
    }

    private async Task<JsonElement> VerifyAsync() =>
        await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/audit/verify");

    private async Task<JsonElement[]> AuditAsync(string query) =>
        (await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement[]>("/api/audit" + query))!;
}
