using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Tests.Api;

public sealed class DemoSeedingTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldGiveEachDemoUserAnEmailAddressForReminderMails()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkflowsUser>>();

        var bureau = await users.FindByNameAsync("bureau");

        Assert.That(bureau!.Email, Is.EqualTo("bureau@demo.county.gov.cn"));
    }

    [Test]
    public async Task ShouldSeedADemoProjectWithTheFourApplicationDocumentsForEachDepartment()
    {
        var projects = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>("/api/projects?search=DEMO-");
        var project = projects.EnumerateArray().Single();
        var details = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/projects/{project.GetProperty("id").GetGuid()}");

        Assert.That(project.GetProperty("code").GetString(), Is.EqualTo("DEMO-EDUCATION"));
        Assert.That(details.GetProperty("documents").GetArrayLength(), Is.EqualTo(4));
    }
}
