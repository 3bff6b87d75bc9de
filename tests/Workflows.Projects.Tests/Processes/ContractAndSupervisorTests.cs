using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Commands.FileSupervisor;
using Workflows.Projects.Projects.Commands.ReportProgress;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

/// <summary>Art. 16 (the contract names ownership and deliverables) and art. 21 (a supervisor chosen by market mechanism, filed before construction).</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ContractAndSupervisorTests(string provider) : NewProjectSteps(provider)
{
    private async Task<Guid> RunToContractSigningAsync(Guid projectId)
    {
        var started = await StartProcessAsync("new-project", projectId);
        await ApplyAsync();
        await PassMaterialAndTechnicalReviewAsync();
        await BureauReviewAsync("approve");
        await ApproveBudgetAsync();
        await AttachAsync(projectId, DocumentKind.BudgetReviewReport);
        await CompleteAsync("procurement", ProjectRoles.Department, ("procurementMethod", "open-tender"), ("builderName", "某科技公司"));
        await AttachAsync(projectId, DocumentKind.Contract);
        return started.InstanceId;
    }

    [Test]
    public async Task ShouldSendAContractThatLeavesOwnershipAndDeliverablesOpenBackToTheDepartment()
    {
        var projectId = await RegisterProjectAsync();
        var instanceId = await RunToContractSigningAsync(projectId);
        await CompleteAsync("signContract", ProjectRoles.Department, ("contractNumber", "HT-001"), ("contractAmount", 900_000), ("contractSignedOn", Today()), ("deliverablesAgreed", false));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "signContract" }));
        Assert.That(await VariableAsync(instanceId, "ruleViolations"), Does.Contain("第十六条"));
        Assert.That((await ProjectAsync(projectId)).Stage, Is.EqualTo(ProjectStage.Procured));
    }

    [Test]
    public async Task ShouldNotStartConstructionBeforeTheSupervisorIsFiled()
    {
        var projectId = await RegisterProjectAsync();
        await RunToContractSigningAsync(projectId);
        await CompleteAsync("signContract", ProjectRoles.Department, ("contractNumber", "HT-001"), ("contractAmount", 900_000), ("contractSignedOn", Today()), ("deliverablesAgreed", true));

        Assert.That(() => Host.SendAsync(new ReportProgress(projectId, 10, "开工", "dept-a-clerk")),
            Throws.InstanceOf<ConflictException>().With.Property(nameof(ConflictException.Problem)).Property(nameof(Problem.Key)).EqualTo("art-21"));
    }

    [Test]
    public async Task ShouldRefuseASupervisorNotChosenByMarketMechanism()
    {
        var projectId = await RegisterProjectAsync();

        Assert.That(() => Host.SendAsync(new FileSupervisor(projectId, "某监理公司", "direct-appointment", "", "dept-a-clerk")),
            Throws.InstanceOf<InvalidRequestException>().With.Property(nameof(InvalidRequestException.Keyed)).Some.Property(nameof(Problem.Key)).EqualTo("art-21"));
    }
}
