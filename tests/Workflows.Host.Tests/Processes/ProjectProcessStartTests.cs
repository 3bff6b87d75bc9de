using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// The five paths start the right way: bound to a project whose id is the business key, by the role that may, and one
/// application review per project at a time.
/// </summary>
public sealed class ProjectProcessStartTests(string provider) : ShippedProcessFixture(provider)
{
    [Test]
    public async Task ShouldRefuseASecondRunningApplicationForTheSameProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var clerk = await SignInAsync("dept-a");
        await StartAsync(clerk, "new-project", project.Id);

        var second = await clerk.PostAsJsonAsync("/api/instances",
            new { definitionKey = "new-project", businessKey = project.Code, variables = new { projectId = project.Id } });

        await ProblemAsync(second, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldStartOneApplicationWhenStartsForTheSameProjectRace()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var clerk = await SignInAsync("dept-a");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => clerk.PostAsJsonAsync("/api/instances",
            new { definitionKey = "new-project", businessKey = project.Id.ToString(), variables = new { projectId = project.Id } })));

        var businessKey = project.Id.ToString();
        var running = await ReadAsync(db => db.Instances.CountAsync(i => i.BusinessKey == businessKey && i.Status == InstanceStatus.Running));
        Assert.That(responses.Select(r => r.StatusCode).Order(),
            Is.EqualTo(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict }));
        Assert.That(running, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldKeyTheInstanceByTheProjectIdWhateverBusinessKeyTheClientSends()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "new-project", businessKey = project.Code, variables = new { projectId = project.Id } }).EnsureSuccessAsync();
        var instanceId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();

        var instances = (await ProjectAsync(project.Id, "dept-a")).GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("id").GetGuid());

        Assert.That(instances, Is.EqualTo(new[] { instanceId }));
    }

    [TestCase("change-request")]
    [TestCase("dedicated-network-exception")]
    [TestCase("cross-department-project")]
    [TestCase("new-project")]
    public async Task ShouldRefuseToStartAProjectProcessWithoutAProject(string definitionKey)
    {
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new { definitionKey, variables = new { } });

        Assert.That(ErrorKeys(await ProblemAsync(response, HttpStatusCode.BadRequest)), Is.EqualTo(new[] { "projectId" }));
    }

    [Test]
    public async Task ShouldRefuseAProjectIdThatNamesNoProject()
    {
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "change-request", variables = new { projectId = Guid.NewGuid() } });

        Assert.That(ErrorKeys(await ProblemAsync(response, HttpStatusCode.BadRequest)), Is.EqualTo(new[] { "projectId" }));
    }

    [Test]
    public async Task ShouldForbidAClerkToOrderARectification()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "rectification-order", variables = new { projectId = project.Id } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldForbidTheBureauToApplyInADepartmentsPlace()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/instances",
            new { definitionKey = "new-project", variables = new { projectId = project.Id } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldTakeTheRectificationOrdersDepartmentFromTheProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "health");
        var bureau = await SignInAsync("bureau");

        var instanceId = await StartAsync(bureau, "rectification-order", project.Id, new { departmentCode = "education" });

        var instance = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        Assert.That(instance.GetProperty("variables").GetProperty("departmentCode").GetString(), Is.EqualTo("health"));
        Assert.That(instance.GetProperty("businessKey").GetString(), Is.EqualTo(project.Id.ToString()));
    }
}
