using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Projects.Commands.SubmitSelfEvaluation;

namespace Workflows.Host.Tests.Browser;

/// <summary>Art. 27 on the dashboard: finance draws its sample of last year's self-evaluations and sees those picked waiting for its spot check.</summary>
public sealed class EvaluationSampleTests : BrowserFixture
{
    [Test]
    public async Task ShouldLetFinanceDrawTheSampleFromTheDashboard()
    {
        var lastYear = DateTime.UtcNow.AddHours(8).Year - 1;
        var project = await ProjectSetup.RegisterAsync(App, "education");
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SubmitSelfEvaluation(project.Id, lastYear, "达到绩效目标", "dept-a"));
        var page = await SignInAsync("finance");
        await page.GotoAsync("/dashboard");
        var samples = page.GetByTestId("evaluation-samples");

        await samples.GetByLabel("预算年度").FillAsync($"{lastYear}");
        await samples.GetByLabel("抽查比例（%）").FillAsync("100");
        await samples.GetByRole(AriaRole.Button, new() { Name = "随机抽样" }).ClickAsync();

        await Assertions.Expect(samples.GetByRole(AriaRole.Row, new() { Name = project.Name })).ToContainTextAsync("待抽查");
        await Assertions.Expect(page.GetByTestId("security-reassessments")).ToBeVisibleAsync();
    }

    [Test]
    public async Task ShouldNotShowTheSamplesToADepartment()
    {
        var page = await SignInAsync("dept-a");
        await page.GotoAsync("/dashboard");

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByTestId("evaluation-samples")).ToHaveCountAsync(0);
    }
}
