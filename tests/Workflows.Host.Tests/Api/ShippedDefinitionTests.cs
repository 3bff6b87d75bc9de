using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>The host deploys the repository's <c>workflows/</c> at start, and their department tasks stay in the department.</summary>
public sealed class ShippedDefinitionTests(string provider) : HostFixture(provider)
{
    protected override string? DefinitionsPath => null;

    [Test]
    public async Task ShouldDeployTheFiveShippedProcessesAtStart()
    {
        var definitions = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement[]>("/api/definitions");

        Assert.That(definitions!.Select(definition => definition.GetProperty("key").GetString()), Is.SupersetOf(new[]
        {
            "new-project", "cross-department-project", "dedicated-network-exception", "change-request", "rectification-order",
        }));
    }

    [Test]
    public async Task ShouldGiveTheNewProjectApplicationToTheStartingDepartmentOnly()
    {
        var clerk = await SignInAsync("dept-a");
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var businessKey = project.Id.ToString();
        await clerk.PostAsJsonAsync("/api/instances", new { definitionKey = "new-project", businessKey, variables = new { projectId = project.Id } })
            .EnsureSuccessAsync();

        var own = await clerk.GetFromJsonAsync<ProcessFixture.TaskPage>($"/api/tasks?businessKey={businessKey}");
        var other = await (await SignInAsync("dept-b")).GetFromJsonAsync<ProcessFixture.TaskPage>($"/api/tasks?businessKey={businessKey}");

        Assert.That(own!.Items.Select(task => task.ActivityId), Is.EqualTo(new[] { "prepareApplication" }));
        Assert.That(other!.Items, Is.Empty);
    }
}
