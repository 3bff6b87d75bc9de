using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The project page offers only what the caller may start for that project now: the lead department applies, asks for a
/// change once approved (art. 20) or for a dedicated network (art. 11); only the bureau orders a rectification (art. 28).
/// </summary>
public sealed class StartableProcessesTests(string provider) : HostFixture(provider)
{
    /// <summary>The shipped definitions, as the project page offers them.</summary>
    protected override string? DefinitionsPath => null;

    [Test]
    public async Task ShouldOfferTheLeadDepartmentItsApplicationAndNoRectificationOrder()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        Assert.That(await StartableAsync("dept-a", project.Id), Is.EqualTo(new[] { "new-project", "dedicated-network-exception" }));
    }

    [Test]
    public async Task ShouldOfferTheBureauOnlyARectificationOrderOfAnApprovedProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        Assert.That(await StartableAsync("bureau", project.Id), Is.Empty);

        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);

        Assert.That(await StartableAsync("bureau", project.Id), Is.EqualTo(new[] { "rectification-order" }));
        Assert.That(await StartableAsync("dept-a", project.Id), Is.EqualTo(new[] { "change-request", "dedicated-network-exception" }));
    }

    [Test]
    public async Task ShouldNotOfferAChangeRequestWhileOneIsRunning()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "change-request", variables = new { projectId = project.Id } }).EnsureSuccessAsync();

        Assert.That(await StartableAsync("dept-a", project.Id), Is.EqualTo(new[] { "dedicated-network-exception" }));
    }

    [Test]
    public async Task ShouldForbidAClerkOfAnotherDepartmentToAskWhatItMayStart()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/projects/{project.Id}/startable-processes");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<string[]> StartableAsync(string userName, Guid projectId)
    {
        var startable = await (await SignInAsync(userName)).GetFromJsonAsync<StartableBody[]>($"/api/projects/{projectId}/startable-processes");
        return [.. startable!.Select(process => process.DefinitionKey)];
    }

    private sealed record StartableBody(string DefinitionKey, string? Name);
}
