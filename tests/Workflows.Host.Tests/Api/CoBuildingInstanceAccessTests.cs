using System.Net;
using System.Net.Http.Json;
using System.Text;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Projects.Commands.RegisterCoBuilders;

namespace Workflows.Host.Tests.Api;

/// <summary>Art. 8: the clerks of co-building departments open the lead department's instances they work on.</summary>
public sealed class CoBuildingInstanceAccessTests(string provider) : ProcessFixture(provider)
{
    private static readonly string CoBuildingBpmnPath = Path.Combine(AppContext.BaseDirectory, "Assets", "co-building-test.bpmn");

    [OneTimeSetUp]
    public async Task PublishCoBuildingProcessAsync()
    {
        var bureau = await SignInAsync("bureau");
        var xml = await File.ReadAllTextAsync(CoBuildingBpmnPath);
        await bureau.PostAsync("/api/definitions/co-building-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/co-building-test/versions/1/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldShowTheLeadsInstanceToAClerkOfACoBuildingDepartment()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await RegisterCoBuilderAsync(project.Id, "health");
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"), new { projectId = project.Id });

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/instances/{instance.InstanceId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldForbidTheInstanceOfAProjectTheDepartmentDoesNotCoBuild()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var (instance, _) = await StartTestProcessAsync(await SignInAsync("dept-a"), new { projectId = project.Id });

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/instances/{instance.InstanceId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldShowTheInstanceToAClerkWhoseDepartmentHasATaskInIt()
    {
        var instanceId = await StartCoBuildingProcessAsync("health");

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/instances/{instanceId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldForbidTheInstanceToAClerkWhoseDepartmentHasNoTaskInIt()
    {
        var instanceId = await StartCoBuildingProcessAsync("health");

        var response = await (await SignInAsync("town-a")).GetAsync($"/api/instances/{instanceId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private async Task<Guid> StartCoBuildingProcessAsync(params string[] coBuildingDepartments)
    {
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "co-building-test", businessKey = $"CB-{Guid.NewGuid():N}", variables = new { coBuildingDepartments },
        }).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<Started>())!.InstanceId;
    }

    private async Task RegisterCoBuilderAsync(Guid projectId, string departmentCode)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterCoBuilders(projectId, [departmentCode], "bureau"));
    }
}
