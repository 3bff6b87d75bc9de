using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Planning;

/// <summary>
/// Art. 11: whether a project is outside the plan (bureau pre-review and county approval) is decided from the published annual
/// plan (art. 7), not declared by the applicant; a newly established department's first project is outside it.
/// </summary>
public sealed class PlanRoutingTests(string provider) : PlanSteps(provider)
{
    private sealed record Registered(Guid Id);

    [Test]
    public async Task ShouldSendAProjectOfAPublishedPlanEntryStraightToTheMaterialReview()
    {
        var entryId = await PublishEntryAsync(ThisYear, "课堂教学平台建设");
        var projectId = await RegisterAndStartAsync(entryId);

        await ApplyAsync(projectId);

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "materialReview" }));
        Assert.That(await HistoryAsync(projectId), Has.Some.StartsWith($"年度计划核对：列入{ThisYear}年度计划"));
    }

    [Test]
    public async Task ShouldSendAProjectItsApplicantDeclaresInThePlanButThePlanDoesNotListToThePreReview()
    {
        var projectId = await RegisterAndStartAsync(planEntryId: null);

        await ApplyAsync(projectId);

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "bureauPreReview" }));
        Assert.That((await ProjectAsync(projectId)).GetProperty("inAnnualPlan").GetBoolean(), Is.False);
    }

    [Test]
    public async Task ShouldTreatAnEntryTheCountyGovernmentHasNotApprovedAsOutsideThePlan()
    {
        var year = ThisYear + 1;
        var entryId = await DraftEntryAsync(year, name: "尚未批准的项目");
        await SubmitPlanAsync(year).EnsureSuccessAsync();
        var projectId = await RegisterAndStartAsync(entryId, year);

        await ApplyAsync(projectId);

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "bureauPreReview" }));
    }

    [Test]
    public async Task ShouldTreatANewDepartmentsFirstProjectAsOutsideThePlan()
    {
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsJsonAsync("/api/departments", new { code = "data-bureau", name = "县大数据中心", kind = "CountyDepartment", establishedOn = $"{ThisYear}-03-01" })
            .EnsureSuccessAsync();
        var first = await RegisterAsync(bureau, "data-bureau", await PublishedEntryOfAsync("data-bureau"));
        var second = await RegisterAsync(bureau, "data-bureau", await PublishedEntryOfAsync("data-bureau"));

        Assert.That((await ProjectAsync(first)).GetProperty("inAnnualPlan").GetBoolean(), Is.False);
        Assert.That((await ProjectAsync(second)).GetProperty("inAnnualPlan").GetBoolean(), Is.True);
    }

    [Test]
    public async Task ShouldRefuseToConfirmAProjectInThePlanThatThePlanDoesNotList()
    {
        var projectId = await RegisterAndStartAsync(planEntryId: null);
        await ApplyAsync(projectId);
        await CompleteAsync(projectId, "bureauPreReview", "bureau", new { preReviewDecision = "approve", preReviewOpinion = "同意报县政府审批" });
        await CompleteAsync(projectId, "countyApproval", "county", new { countyDecision = "approve", countyOpinion = "同意" });

        var response = await SubmitAsync(projectId, "materialReview", "approval",
            new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "材料齐全" });

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "annualPlanStatus" }));
    }

    [Test]
    public async Task ShouldRefuseAPlanEntryOfAnotherDepartmentKeyedByTheField()
    {
        var healthEntry = await PublishedEntryOfAsync("health");

        var response = await PostProjectAsync(await SignInAsync("dept-a"), Department, healthEntry, ThisYear);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "planEntryId" }));
    }

    /// <summary>Registers a project of department A over HTTP, stating <c>inAnnualPlan</c> as the old form did, and starts its review.</summary>
    private async Task<Guid> RegisterAndStartAsync(Guid? planEntryId, int? year = null)
    {
        var client = await SignInAsync("dept-a");
        var projectId = await RegisterAsync(client, Department, planEntryId, year ?? ThisYear);
        foreach (var kind in ProjectSetup.ApplicationDocuments)
            await UploadAsync(projectId, kind);
        await client.PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "new-project", businessKey = projectId.ToString(), variables = new { departmentCode = Department, projectId },
        }).EnsureSuccessAsync();
        return projectId;
    }

    private async Task<Guid> RegisterAsync(HttpClient client, string department, Guid? planEntryId, int? year = null)
    {
        var response = await PostProjectAsync(client, department, planEntryId, year ?? ThisYear).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<Registered>())!.Id;
    }

    private async Task<HttpResponseMessage> PostProjectAsync(HttpClient client, string department, Guid? planEntryId, int year)
    {
        var (systemId, serviceCode) = await CatalogueAsync(department);
        return await client.PostAsJsonAsync("/api/projects", new
        {
            code = $"XM-{Guid.NewGuid():N}"[..15],
            application = new
            {
                name = "课堂教学平台建设", kind = "Upgrade", leadDepartmentCode = department, scope = "平台升级", inAnnualPlan = true, isMajor = false,
                docksWithUpperLevelSystem = false, totalBudget = 500_000m, yearBudgets = new[] { new { year, amount = 500_000m } },
                systemIds = new[] { systemId }, cloudServiceCodes = new[] { serviceCode }, planEntryId,
                protectionLevel = 2, cryptographyPlan = "采用国密算法保护传输和存储的重要数据",
                dataSharing = new { sources = "业务系统", formats = "JSON", updateFrequency = "每日", sharing = "通过共享交换平台共享", opening = "按目录开放" },
            },
        });
    }

    private async Task<(Guid SystemId, string ServiceCode)> CatalogueAsync(string department)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var system = new InformationSystem
        {
            Id = Guid.NewGuid(), DepartmentCode = department, Name = $"业务系统-{Guid.NewGuid():N}", Status = SystemStatus.Running,
            CloudResources = "市级政务云 IaaS", DataResources = "业务数据", ListedAt = DateTimeOffset.UtcNow,
            EntryStatus = CatalogueEntryStatus.Confirmed, ReviewedAt = DateTimeOffset.UtcNow,
        };
        var service = new CloudService { Code = $"IAAS-{Guid.NewGuid():N}"[..16], Name = "云主机", Layer = CloudServiceLayer.Iaas };
        db.AddRange(system, service);
        await db.SaveChangesAsync();
        return (system.Id, service.Code);
    }

    /// <summary>A published entry of another department's plan of this year, as its own annual-plan process would leave it.</summary>
    private async Task<Guid> PublishedEntryOfAsync(string department)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var entryId = ProjectSetup.PublishPlanEntry(db, department, ThisYear);
        await db.SaveChangesAsync();
        return entryId;
    }
}
