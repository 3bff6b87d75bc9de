using System.Net;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Security;

/// <summary>Every 403 of a policy (admin endpoints, the dashboard, the job dashboard) is one structured log line.</summary>
public sealed class DenialLoggingTests(string provider) : HostFixture(provider)
{
    [TestCase("/api/admin/users", "admin")]
    [TestCase("/api/dashboard", "reviewer")]
    [TestCase("/hangfire", "admin")]
    public async Task ShouldLogThePolicyDenialWithUserPathAndPolicy(string path, string policy)
    {
        var response = await (await SignInAsync("dept-a")).GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Denials().Where(line => line["Path"] == path && line["UserName"] == "dept-a").Select(line => line["Policy"]),
            Is.EqualTo(new[] { policy }));
    }

    [Test]
    public async Task ShouldLogADenialOfAResourceRule()
    {
        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/projects/{(await ProjectSetup.RegisterAsync(App, "education")).Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Denials().Count(line => line["UserName"] == "dept-b" && line["Path"]!.StartsWith("/api/projects/")), Is.EqualTo(1));
    }

    private IEnumerable<CapturedLogLine> Denials() => App.Logs.Lines.Where(line => line["Policy"] is not null);
}
