using Microsoft.EntityFrameworkCore;
using Workflows.Projects.Domain;
using Workflows.Projects.Common;
using Workflows.Projects.Projects.Commands.RecordProcurement;
using Workflows.Projects.Projects.Commands.ReportProgress;
using Workflows.Runtime.Common;
using Workflows.Projects.Tests.Processes;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Projects;

/// <summary>Art. 28: a terminated project stays terminated; no project's stage moves backwards.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ProjectStageTests(string provider) : ProcessFixture(provider)
{
    private static Project At(ProjectStage stage) => new() { Stage = stage };

    [TestCase(ProjectStage.InOperation)]
    [TestCase(ProjectStage.UnderConstruction)]
    [TestCase(ProjectStage.Registered)]
    public void ShouldNeverMoveATerminatedProjectOutOfTermination(ProjectStage next)
    {
        Assert.That(() => At(ProjectStage.Terminated).MoveTo(next),
            Throws.InstanceOf<ConflictException>().With.Property(nameof(ConflictException.Problem)).Property(nameof(Problem.Key)).EqualTo("art-28"));
    }

    [TestCase(ProjectStage.InOperation, ProjectStage.UnderConstruction)]
    [TestCase(ProjectStage.Accepted, ProjectStage.UnderConstruction)]
    [TestCase(ProjectStage.Procured, ProjectStage.Budgeted)]
    [TestCase(ProjectStage.Approved, ProjectStage.Registered)]
    [TestCase(ProjectStage.Rejected, ProjectStage.Approved)]
    public void ShouldNeverMoveAProjectBackToAnEarlierStage(ProjectStage from, ProjectStage to)
    {
        var project = At(from);

        Assert.That(() => project.MoveTo(to), Throws.InstanceOf<ConflictException>());
        Assert.That(project.Stage, Is.EqualTo(from));
    }

    [TestCase(ProjectStage.UnderReview, ProjectStage.Registered)]
    [TestCase(ProjectStage.Contracted, ProjectStage.UnderConstruction)]
    [TestCase(ProjectStage.UnderConstruction, ProjectStage.Terminated)]
    [TestCase(ProjectStage.InOperation, ProjectStage.Terminated)]
    public void ShouldMoveAProjectForwardOrReturnItsApplicationForRevision(ProjectStage from, ProjectStage to)
    {
        var project = At(from);

        project.MoveTo(to);

        Assert.That(project.Stage, Is.EqualTo(to));
    }

    [Test]
    public async Task ShouldRefuseAProgressReportOfATerminatedProject()
    {
        var projectId = await TerminatedProjectAsync();

        Assert.That(() => Host.SendAsync(new ReportProgress(projectId, 50, "进度过半", "dept-a-clerk")),
            Throws.InstanceOf<ConflictException>().With.Property(nameof(ConflictException.Problem)).Property(nameof(Problem.Key)).EqualTo("art-28"));
    }

    [Test]
    public async Task ShouldRefuseTheProcurementOfATerminatedProject()
    {
        var projectId = await TerminatedProjectAsync();

        Assert.That(() => Host.SendAsync(new RecordProcurement(projectId, "open-tender", "某信息技术公司", "dept-a-clerk")),
            Throws.InstanceOf<ConflictException>().With.Property(nameof(ConflictException.Problem)).Property(nameof(Problem.Key)).EqualTo("art-28"));
    }

    private async Task<Guid> TerminatedProjectAsync()
    {
        var projectId = await RegisterProjectAsync();
        await Host.ReadAsync(async db =>
        {
            var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
            project.Stage = ProjectStage.Terminated;
            return await db.SaveChangesAsync();
        });
        return projectId;
    }
}
