using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Art. 13: finance approves no more than was applied for; art. 20: no contract above the approved budget without a change request.</summary>
public sealed class BudgetCeilingTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldRefuseFinanceABudgetAboveTheAppliedTotal()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);
        await MaterialReviewAsync(projectId);
        await TechnicalAndBureauReviewAsync(projectId);

        var response = await ApproveBudgetAsync(projectId, 500_001m);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "approvedBudget" }));
    }

    [Test]
    public async Task ShouldRefuseAContractAboveTheApprovedBudget()
    {
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId, approvedBudget: 450_000m);
        await ProcureAsync(projectId);

        var response = await SignContractAsync(projectId, 450_000.01m, Today);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "contractAmount" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "signContract" }));
    }

    [Test]
    public async Task ShouldSignAContractWithinTheApprovedBudget()
    {
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId, approvedBudget: 450_000m);
        await ProcureAsync(projectId);

        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Does.Contain("fileContract"));
    }
}
