using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Jobs;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.Planning;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Projects.Catalogue.Commands.ListSystem;
using Workflows.Projects.Catalogue.Commands.RegisterCloudService;
using Workflows.Projects.Departments.Commands.RegisterDepartment;
using Workflows.Projects.Projects.Commands.AttachDocument;
using Workflows.Projects.Projects.Commands.RegisterProject;
using Workflows.Projects.Projects.Queries.GetProject;
using Workflows.Runtime.Definitions.DeployDirectory;
using Workflows.Runtime.Instances.StartInstance;
using Workflows.Runtime.Jobs.FireJob;
using Workflows.Runtime.Tasks.CompleteTask;
using Workflows.Runtime.Tasks.ListTasks;
using Workflows.Projects.Tests.Support;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Processes;

/// <summary>
/// The shipped <c>workflows/</c> deployed on a migrated database with two departments, a township, one catalogued
/// system and one municipal cloud service; helpers act on tasks as the role that may see them.
/// </summary>
public abstract class ProcessFixture(string provider) : ProductFixture(provider)
{
    protected const string DepartmentA = "dept-a";
    protected const string DepartmentB = "dept-b";
    protected const string TownshipA = "town-a";

    protected Guid CatalogueSystemId { get; private set; }

    /// <summary>The published 2026 annual plan entry of department A that a planned project carries out (arts. 7, 11).</summary>
    protected Guid PlanEntryId { get; private set; }

    [SetUp]
    public async Task DeployAndSeedAsync()
    {
        await Host.SendAsync(new DeployDirectory(WorkflowsDirectory(), "admin"));
        await Host.SendAsync(new RegisterDepartment(DepartmentA, "县教育局", DepartmentKind.CountyDepartment));
        await Host.SendAsync(new RegisterDepartment(DepartmentB, "县卫健局", DepartmentKind.CountyDepartment));
        await Host.SendAsync(new RegisterDepartment(TownshipA, "城关镇人民政府", DepartmentKind.Township));
        CatalogueSystemId = await Host.SendAsync(new ListSystem(DepartmentA, "教育管理平台", SystemStatus.Running, "市政务云 ECS 4台", "学籍、师资数据", Actor: "bureau", ByBureau: true));
        await Host.SendAsync(new RegisterCloudService("ecs", "云服务器", CloudServiceLayer.Iaas));
        PlanEntryId = await PublishPlanEntryAsync();
    }

    /// <param name="inAnnualPlan">True links the project to the published plan entry; false leaves it outside the plan (art. 11).</param>
    protected ProjectApplication Application(bool inAnnualPlan = true, bool major = false, IReadOnlyList<string>? coBuilders = null) => new(
        "智慧教育平台升级", ProjectKind.Upgrade, DepartmentA, "升级教育管理平台，对接市级数据共享平台", major, false,
        1_000_000m, [new YearBudget(2026, 600_000m), new YearBudget(2027, 400_000m)], new DateOnly(2027, 6, 30),
        [], ["ecs"], new DataSharingInput("学籍系统", "JSON", "每日", "向县直部门共享", "脱敏后向社会开放"), coBuilders,
        ProtectionLevel: 1, CryptographyPlan: "采用国密算法保护传输和存储的重要数据",
        PlanEntryId: inAnnualPlan ? PlanEntryId : null);

    /// <summary>An entry as the annual-plan process leaves it once the county government approved it (art. 7).</summary>
    private async Task<Guid> PublishPlanEntryAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var entry = new PlanEntry
        {
            Id = Guid.NewGuid(), Year = 2026, DepartmentCode = DepartmentA, Name = "智慧教育平台升级", EstimatedBudget = 1_000_000m,
            Status = PlanEntryStatus.Published, CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
        };
        db.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    protected async Task<Guid> RegisterProjectAsync(ProjectApplication? application = null, bool withDocuments = true)
    {
        var applied = application ?? Application();
        var projectId = await Host.SendAsync(new RegisterProject("JC-2026-" + Guid.NewGuid().ToString("N")[..6], applied with { SystemIds = [CatalogueSystemId] }, "dept-a-clerk"));
        if (withDocuments)
        {
            foreach (var kind in new[] { DocumentKind.Proposal, DocumentKind.FeasibilityStudy, DocumentKind.PreliminaryDesign, DocumentKind.InvestmentEstimate })
                await AttachAsync(projectId, kind);
        }
        return projectId;
    }

    protected Task<AttachedDocument> AttachAsync(Guid projectId, DocumentKind kind) =>
        Host.SendAsync(new AttachDocument(projectId, kind, $"{kind}.pdf", "application/pdf", System.Text.Encoding.UTF8.GetBytes($"%PDF {kind}"), "dept-a-clerk"));

    protected Task<StartedInstance> StartProcessAsync(string key, Guid projectId, params (string Name, object Value)[] extra) =>
        Host.SendAsync(new StartInstance(key, BusinessKey: projectId.ToString(),
            Variables: Variables.Of([("departmentCode", DepartmentA), ("projectId", projectId.ToString()), .. extra]), Actor: "dept-a-clerk"));

    /// <summary>Completes the one open task at <paramref name="activityId"/>, found in the inbox of <paramref name="role"/>.</summary>
    protected async Task CompleteAsync(string activityId, string role, params (string Name, object Value)[] variables)
    {
        var page = await Host.QueryAsync(new ListTasks(Groups: [role], Take: 500));
        var task = page.Items.SingleOrDefault(t => t.ActivityId == activityId);
        Assert.That(task, Is.Not.Null, $"no open task '{activityId}' in the inbox of '{role}'; open: {string.Join(", ", await OpenActivitiesAsync())}");
        await Host.SendAsync(new CompleteTask(task!.Id, Variables.Of(variables), $"{role}-user"));
    }

    protected async Task<IReadOnlyList<string>> OpenActivitiesAsync()
    {
        var page = await Host.QueryAsync(new ListTasks(Take: 500));
        return page.Items.Select(t => t.ActivityId).Order().ToList();
    }

    protected Task<Project> ProjectAsync(Guid projectId) => Host.QueryAsync(new GetProject(projectId));

    protected Task<JobRecord> PendingTimerAsync(string activityId) =>
        Host.ReadAsync(db => db.Set<JobRecord>().AsNoTracking().SingleAsync(j => j.ActivityId == activityId && j.Status == JobStatus.Pending));

    /// <summary>Moves the fake clock past the timer's due time and fires it, as the timer runner would.</summary>
    protected async Task FireTimerAsync(string activityId)
    {
        var job = await PendingTimerAsync(activityId);
        Host.Time.SetUtcNow(job.DueAt.AddSeconds(1));
        Assert.That(await Host.SendAsync(new FireJob(job.Id)), Is.True);
    }

    protected Task<InstanceStatus> StatusAsync(Guid instanceId) =>
        Host.ReadAsync(db => db.Set<InstanceRecord>().AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.Status).SingleAsync());

    protected Task<string?> VariableAsync(Guid instanceId, string name) =>
        Host.ReadAsync(async db =>
        {
            var record = await db.Set<InstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == instanceId);
            var instance = Runtime.Durable.InstanceStateSerializer.Deserialize(record.State);
            return instance.Variables.TryGetValue(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;
        });

    /// <summary>The repository's <c>workflows/</c>, found from this source file (test binaries may live outside the checkout).</summary>
    private static string WorkflowsDirectory([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", "..", "workflows"));
}
