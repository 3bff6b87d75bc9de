using System.Security.Cryptography;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Catalogue.Commands.ChangeSystemStatus;
using Workflows.Projects.Projects.Commands.AttachDocument;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Projects.Commands.SubmitApplication;
using Workflows.Runtime.Common;
using Workflows.Projects.Tests.Processes;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Projects;

/// <summary>The rules of the measures that project commands enforce, each answering with the article it applies.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ProjectRuleTests(string provider) : ProcessFixture(provider)
{
    private Task<Guid> RegisterAsync(ProjectApplication application) =>
        Host.SendAsync(new RegisterProject("JC-RULE", application, "dept-a-clerk"));

    [Test]
    public void ShouldRejectAProjectWhenASystemIsNotInTheCatalogue()
    {
        var application = Application() with { SystemIds = [Guid.NewGuid()] };

        Assert.That(() => RegisterAsync(application), Throws.InstanceOf<InvalidRequestException>().With.Message.Contains("第十条"));
    }

    [Test]
    public async Task ShouldRejectTheApplicationOfASystemRetiredFromTheCatalogue()
    {
        var projectId = await RegisterProjectAsync();
        await Host.SendAsync(new ChangeSystemStatus(CatalogueSystemId, SystemStatus.Retired));

        Assert.That(() => Host.SendAsync(new SubmitApplication(projectId)), Throws.InstanceOf<InvalidRequestException>().With.Message.Contains("第十条"));
    }

    [Test]
    public void ShouldRejectANewBuildThatDocksWithAnUpperLevelSystem()
    {
        var application = Application() with { Kind = ProjectKind.NewBuild, DocksWithUpperLevelSystem = true, SystemIds = [CatalogueSystemId] };

        Assert.That(() => RegisterAsync(application), Throws.InstanceOf<InvalidRequestException>().With.Message.Contains("第十一条"));
    }

    [Test]
    public void ShouldRejectACloudServiceOutsideTheMunicipalCatalogue()
    {
        var application = Application() with { CloudServiceCodes = ["private-cloud"], SystemIds = [CatalogueSystemId] };

        Assert.That(() => RegisterAsync(application), Throws.InstanceOf<InvalidRequestException>().With.Message.Contains("第十二条"));
    }

    [Test]
    public void ShouldRejectYearBudgetsThatDoNotAddUpToTheTotal()
    {
        var application = Application() with { YearBudgets = [new YearBudget(2026, 100m)], SystemIds = [CatalogueSystemId] };

        Assert.That(() => RegisterAsync(application), Throws.InstanceOf<InvalidRequestException>().With.Message.Contains("第八条"));
    }

    [Test]
    public async Task ShouldRejectADuplicateProjectCode()
    {
        await RegisterAsync(Application() with { SystemIds = [CatalogueSystemId] });

        Assert.That(() => RegisterAsync(Application() with { SystemIds = [CatalogueSystemId] }), Throws.InstanceOf<ConflictException>());
    }

    [Test]
    public async Task ShouldStoreTheSha256OfAnAttachedDocument()
    {
        var projectId = await RegisterProjectAsync(withDocuments: false);
        var content = "%PDF proposal"u8.ToArray();

        var attached = await Host.SendAsync(new AttachDocument(projectId, DocumentKind.Proposal, "proposal.pdf", "application/pdf", content, "dept-a-clerk"));

        Assert.That(attached.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
    }

    [Test]
    public async Task ShouldRejectAnEmptyDocument()
    {
        var projectId = await RegisterProjectAsync(withDocuments: false);

        Assert.That(() => Host.SendAsync(new AttachDocument(projectId, DocumentKind.Proposal, "proposal.pdf", "application/pdf", [], "dept-a-clerk")),
            Throws.InstanceOf<InvalidRequestException>());
    }
}
