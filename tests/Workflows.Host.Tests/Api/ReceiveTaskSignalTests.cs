using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>Receive tasks over HTTP: one without a message is moved on by an admin's signal
/// (<c>POST /api/instances/{id}/signal</c>), one with a message by the message's correlation.</summary>
public sealed class ReceiveTaskSignalTests(string provider) : HostFixture(provider)
{
    [OneTimeSetUp]
    public async Task PublishAsync()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "receive-task-test.bpmn"));
        await bureau.PostAsync("/api/definitions/receive-task-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/receive-task-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldMoveOnWhenSignalledAndThenWhenItsMessageArrives()
    {
        var bureau = await SignInAsync("bureau");
        var (id, businessKey) = await StartAsync();
        Assert.That(await ActiveAsync(id), Is.EqualTo(new[] { "waitPayment" }));

        using (var signalled = await bureau.PostAsJsonAsync($"/api/instances/{id}/signal", new { activityId = "waitPayment" }))
            Assert.That(signalled.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await ActiveAsync(id), Is.EqualTo(new[] { "waitInvoice" }));

        await bureau.PostAsJsonAsync("/api/messages", new { name = "invoiceArrived", businessKey }).EnsureSuccessAsync();
        var instance = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.That(instance.GetProperty("status").GetString(), Is.EqualTo("Completed"));
    }

    [Test]
    public async Task ShouldAnswer409WhenNoTokenWaitsAtTheTask()
    {
        var (id, _) = await StartAsync();

        using var response = await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/instances/{id}/signal", new { activityId = "waitInvoice" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await ActiveAsync(id), Is.EqualTo(new[] { "waitPayment" }));
    }

    [Test]
    public async Task ShouldRefuseAClerk()
    {
        var (id, _) = await StartAsync();

        using var response = await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/instances/{id}/signal", new { activityId = "waitPayment" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ActiveAsync(id), Is.EqualTo(new[] { "waitPayment" }));
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownInstanceAnd400WithoutAnActivity()
    {
        var bureau = await SignInAsync("bureau");
        using var unknown = await bureau.PostAsJsonAsync($"/api/instances/{Guid.NewGuid()}/signal", new { activityId = "waitPayment" });
        var (id, _) = await StartAsync();
        using var empty = await bureau.PostAsJsonAsync($"/api/instances/{id}/signal", new { activityId = "" });

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<(string Id, string BusinessKey)> StartAsync()
    {
        var businessKey = $"RT-{Guid.NewGuid():N}";
        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/instances", new { definitionKey = "receive-task-test", businessKey }).EnsureSuccessAsync();
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (started.GetProperty("instanceId").GetString()!, businessKey);
    }

    private async Task<string?[]> ActiveAsync(string id)
    {
        var instance = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        return instance.GetProperty("activeActivityIds").EnumerateArray().Select(activity => activity.GetString()).ToArray();
    }
}
