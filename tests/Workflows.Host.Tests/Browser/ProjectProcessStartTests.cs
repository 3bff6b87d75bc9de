using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Engine.Execution;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// The processes that work on a project start from its page, by the role that may, with the project bound: the lead
/// department asks for a change (art. 20), the bureau orders a rectification (art. 28); the inbox's 发起申请 offers neither.
/// </summary>
public sealed class ProjectProcessStartTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetTheLeadDepartmentRequestAChangeFromTheProjectPage()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var page = await SignInAsync("dept-a");
        await page.GotoAsync($"/projects/{project.Id}");

        await Assertions.Expect(page.GetByTestId("start-rectification-order")).ToHaveCountAsync(0);
        await page.GetByTestId("start-change-request").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "填报变更申请", Level = 1 })).ToBeVisibleAsync();
        Assert.That(await RunningInstancesAsync(project.Id), Is.EqualTo(new[] { "change-request" }));
    }

    [Test]
    public async Task ShouldLetTheBureauOrderARectificationFromTheProjectPage()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await ProjectSetup.ApproveBudgetAsync(App, project.Id, 500_000m);
        var page = await SignInAsync("bureau");
        await page.GotoAsync($"/projects/{project.Id}");

        await Assertions.Expect(page.GetByTestId("project-start").GetByRole(AriaRole.Button)).ToHaveTextAsync(["下达整改通知"]);
        await page.GetByTestId("start-rectification-order").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "下达限期整改通知", Level = 1 })).ToBeVisibleAsync();
        Assert.That(await RunningInstancesAsync(project.Id), Is.EqualTo(new[] { "rectification-order" }));
    }

    [Test]
    public async Task ShouldNotOfferAClerkAProcessThatNeedsAProjectInTheInbox()
    {
        var page = await SignInAsync("dept-a");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办任务" })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByTestId("start-process")).ToHaveCountAsync(0);
    }

    private async Task<string[]> RunningInstancesAsync(Guid projectId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Instances.AsNoTracking()
            .Where(instance => instance.BusinessKey == projectId.ToString() && instance.Status == InstanceStatus.Running)
            .Select(instance => instance.DefinitionKey).ToArrayAsync();
    }
}
