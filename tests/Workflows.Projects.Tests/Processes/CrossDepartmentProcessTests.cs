using Workflows.Projects.Domain;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class CrossDepartmentProcessTests(string provider) : ProcessFixture(provider)
{
    private async Task<Guid> StartCrossDepartmentAsync()
    {
        var projectId = await RegisterProjectAsync();
        await StartProcessAsync("cross-department-project", projectId, ("coBuildingDepartments", new[] { DepartmentB, TownshipA }));
        return projectId;
    }

    [Test]
    public async Task ShouldAskTheLeadAndEveryCoBuilderInParallel()
    {
        await StartCrossDepartmentAsync();

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "coBuilderConfirmsPart", "coBuilderConfirmsPart", "leadConfirmsPart" }));
    }

    [Test]
    public async Task ShouldRecordEachCoBuildersPartUnderItsOwnDepartment()
    {
        var projectId = await StartCrossDepartmentAsync();
        await CompleteAsync("leadConfirmsPart", ProjectRoles.Department, ("leadPart", "平台主体建设"));
        await CompleteFirstAsync("coBuilderConfirmsPart", ProjectRoles.Department, ("coBuildingPart", "卫健数据对接"));
        await CompleteFirstAsync("coBuilderConfirmsPart", ProjectRoles.Township, ("coBuildingPart", "乡镇终端部署"));

        var project = await ProjectAsync(projectId);
        Assert.That(project.CoBuilders.Where(c => c.ConfirmedAt != null).Select(c => c.DepartmentCode), Is.EquivalentTo(new[] { DepartmentB, TownshipA }));
    }

    [Test]
    public async Task ShouldStartTheNewProjectReviewOnceTheLeadConsolidatesThePlan()
    {
        await StartCrossDepartmentAsync();
        await CompleteAsync("leadConfirmsPart", ProjectRoles.Department, ("leadPart", "平台主体建设"));
        await CompleteFirstAsync("coBuilderConfirmsPart", ProjectRoles.Department, ("coBuildingPart", "卫健数据对接"));
        await CompleteFirstAsync("coBuilderConfirmsPart", ProjectRoles.Township, ("coBuildingPart", "乡镇终端部署"));
        await CompleteAsync("consolidatePlan", ProjectRoles.Department,
            ("consolidatedPlan", "总体方案"), ("sharingRequirements", "各单位数据统一汇聚共享"), ("leadPart", "平台主体建设"));

        Assert.That(await OpenActivitiesAsync(), Is.EqualTo(new[] { "prepareApplication" }));
    }

    /// <summary>Both co-builder tasks carry the same activity id; take the first one the role sees.</summary>
    private async Task CompleteFirstAsync(string activityId, string role, params (string Name, object Value)[] variables)
    {
        var page = await Host.QueryAsync(new Runtime.Tasks.ListTasks.ListTasks(Groups: [role], Take: 500));
        var task = page.Items.First(t => t.ActivityId == activityId);
        await Host.SendAsync(new Runtime.Tasks.CompleteTask.CompleteTask(task.Id, Variables.Of(variables), $"{role}-user"));
    }
}
