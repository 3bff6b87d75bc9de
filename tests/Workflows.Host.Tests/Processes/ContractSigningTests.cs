using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>
/// Art. 13: finance approves no more than was applied for; art. 16: the contract names ownership and deliverables;
/// art. 20: no contract above the approved budget without a change request; art. 21: the supervisor is filed before construction.
/// </summary>
public sealed class ContractSigningTests(string provider) : NewProjectFixture(provider)
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
        var projectId = await RunToSigningAsync();

        var response = await SignContractAsync(projectId, 450_000.01m, Today);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "contractAmount" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "signContract" }));
    }

    [Test]
    public async Task ShouldSignAContractWithinTheApprovedBudget()
    {
        var projectId = await RunToSigningAsync();

        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();

        Assert.That(await OpenActivitiesAsync(projectId), Does.Contain("fileContract"));
    }

    [Test]
    public async Task ShouldRefuseAContractThatDoesNotNameOwnershipAndDeliverables()
    {
        var projectId = await RunToSigningAsync();

        var response = await SubmitAsync(projectId, "signContract", "dept-a", new
        {
            contractNumber = "HT-2026-002", contractAmount = 400_000m, contractSignedOn = Today, deliverablesAgreed = false,
        });

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-16" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "signContract" }));
        Assert.That((await ProjectAsync(projectId)).GetProperty("stage").GetString(), Is.EqualTo("Procured"));
    }

    [Test]
    public async Task ShouldFileTheSupervisorWithTheBureauBeforeConstruction()
    {
        var projectId = await RunToSigningAsync();
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await CompleteAsync(projectId, "fileContract", "dept-a", new { contractFilingNote = "" });
        Assert.That(await OpenActivitiesAsync(projectId), Does.Not.Contain("reportProgress"));

        await CompleteAsync(projectId, "fileSupervisor", "dept-a", new { supervisorName = "某监理公司", supervisorSelection = "open-tender", supervisorFilingNote = "" });

        var filings = (await ProjectAsync(projectId)).GetProperty("filings").EnumerateArray().Select(f => f.GetProperty("kind").GetString());
        Assert.That(filings, Does.Contain("Supervisor"));
        Assert.That(await OpenActivitiesAsync(projectId), Does.Contain("reportProgress"));
    }

    [Test]
    public async Task ShouldRefuseASupervisorNotChosenByMarketMechanism()
    {
        var projectId = await RunToSigningAsync();
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await CompleteAsync(projectId, "fileContract", "dept-a", new { contractFilingNote = "" });

        var response = await SubmitAsync(projectId, "fileSupervisor", "dept-a",
            new { supervisorName = "某监理公司", supervisorSelection = "direct-appointment", supervisorFilingNote = "" });

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "supervisorSelection" }));
        Assert.That(await OpenActivitiesAsync(projectId), Does.Contain("fileSupervisor").And.Not.Contain("reportProgress"));
    }

    private async Task<Guid> RunToSigningAsync()
    {
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId, approvedBudget: 450_000m);
        await ProcureAsync(projectId);
        return projectId;
    }
}
