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
}
