using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class InstanceAuthorizationTests(string provider) : ProcessFixture(provider)
{
    [Test]
    public async Task ShouldShowAnInstanceToItsOwnDepartment()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        var details = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/instances/{instance.InstanceId}");

        Assert.That(details.GetProperty("activeActivityIds").EnumerateArray().Select(id => id.GetString()), Is.EqualTo(new[] { "fill" }));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToOpenTheInstance()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/instances/{instance.InstanceId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldLeaveOtherDepartmentsInstancesOutOfTheList()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        var listed = await (await SignInAsync("dept-b")).GetFromJsonAsync<JsonElement[]>("/api/instances?definitionKey=host-test&status=running");

        Assert.That(listed!.Select(item => item.GetProperty("id").GetGuid()), Does.Not.Contain(instance.InstanceId));
    }

    [Test]
    public async Task ShouldStartForTheClerksOwnDepartmentWhateverTheRequestSays()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"), new { departmentCode = "health" });

        var details = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instance.InstanceId}");

        Assert.That(details.GetProperty("variables").GetProperty("departmentCode").GetString(), Is.EqualTo("education"));
    }

    [Test]
    public async Task ShouldRejectAnUnknownStatusFilter()
    {
        var response = await (await SignInAsync("bureau")).GetAsync("/api/instances?status=sleeping");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldLetOnlyAnAdministratorCancelAndKeepWhoCancelledAndWhyInTheHistory()
    {
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"));

        var byClerk = await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/instances/{instance.InstanceId}/cancel", new { reason = "不想办了" });
        await (await SignInAsync("bureau")).PostAsJsonAsync($"/api/instances/{instance.InstanceId}/cancel", new { reason = "重复申报" }).EnsureSuccessAsync();

        var details = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/instances/{instance.InstanceId}");
        var ended = details.GetProperty("history").EnumerateArray()
            .Single(entry => string.Equals(entry.GetProperty("kind").GetString(), "instanceEnded", StringComparison.OrdinalIgnoreCase));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byClerk.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(details.GetProperty("status").GetString(), Is.EqualTo("cancelled").IgnoreCase);
            Assert.That(ended.GetProperty("actor").GetString(), Is.EqualTo("bureau"));
            Assert.That(ended.GetProperty("detail").GetString(), Does.Contain("重复申报"));
        }
    }
}
