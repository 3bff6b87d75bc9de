using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;

namespace Workflows.Host.Tests.Api;

/// <summary>A start whose gateway finds no matching flow: by default the instance starts and holds an incident at the
/// gateway; with <c>failWhenNoFlowMatches</c> the start fails with 400 and nothing is saved (Camunda's ENGINE-02004).</summary>
public sealed class NoMatchingFlowStartTests(string provider) : HostFixture(provider)
{
    [OneTimeSetUp]
    public async Task PublishAsync()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "no-match-test.bpmn"));
        await bureau.PostAsync("/api/definitions/no-match-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/no-match-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldFailTheStartWith400AndSaveNothingWhenAsked()
    {
        var businessKey = $"NM-{Guid.NewGuid():N}";

        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "no-match-test", businessKey, variables = new { amount = 0 }, failWhenNoFlowMatches = true });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").GetProperty("variables")[0].GetString(), Does.Contain("No outgoing flow of gateway 'size' matches"));
        Assert.That(await CountAsync(businessKey), Is.Zero);
    }

    [Test]
    public async Task ShouldStartWithAnIncidentAtTheGatewayByDefault()
    {
        var businessKey = $"NM-{Guid.NewGuid():N}";

        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "no-match-test", businessKey, variables = new { amount = 0 } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await CountAsync(businessKey), Is.EqualTo(1));
    }

    private async Task<int> CountAsync(string businessKey)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Instances.CountAsync(instance => instance.BusinessKey == businessKey);
    }
}
