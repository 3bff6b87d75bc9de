using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.Planning;
using Workflows.Projects.Projects.Commands.AttachDocument;
using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Puts a registered, complete project of department A (教育科技局) on the new-project process, so a browser
/// test starts at the step it is about. The project is registered through the domain commands; the
/// process is driven through the HTTP API as the demo users would.
/// </summary>
public sealed class NewProjectArrangement(TestApp app)
{
    private const string DepartmentA = "education";

    public async Task<Guid> StartNewProjectAsync() => await StartNewProjectAsync(await RegisterCompleteProjectAsync());

    /// <summary>Starts the new-project process for a project already registered, keyed by the project id.</summary>
    public async Task<Guid> StartNewProjectAsync(Guid projectId)
    {
        var client = await ClientForAsync("dept-a");
        var response = await client.PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "new-project",
            businessKey = projectId.ToString(),
            variables = new { projectId },
        });
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<StartedBody>())!.InstanceId;
    }

    /// <summary>The open task of the instance at <paramref name="activityId"/>, as <paramref name="userName"/> sees it.</summary>
    public async Task<Guid> OpenTaskAsync(Guid instanceId, string activityId, string userName)
    {
        var client = await ClientForAsync(userName);
        var page = await client.GetFromJsonAsync<TaskPageBody>("/api/tasks?status=open&take=500");
        return page!.Items.Single(task => task.InstanceId == instanceId && task.ActivityId == activityId).Id;
    }

    public async Task CompleteAsync(Guid taskId, string userName, object variables)
    {
        var client = await ClientForAsync(userName);
        var response = await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables });
        await EnsureSuccessAsync(response);
    }

    public async Task<IReadOnlyList<string>> ActiveActivitiesAsync(Guid instanceId)
    {
        var client = await ClientForAsync("bureau");
        var instance = await client.GetFromJsonAsync<InstanceBody>($"/api/instances/{instanceId}");
        return instance!.ActiveActivityIds;
    }

    // The problem details say why an arrangement step failed, which a bare status code does not.
    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<LoginBody>())!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A running system of department A in the catalogue (art. 10) and a municipal cloud service (art. 12).</summary>
    public async Task<CatalogueEntries> ListCatalogueEntriesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var system = new InformationSystem
        {
            Id = Guid.NewGuid(), DepartmentCode = DepartmentA, Name = $"智慧教育平台-{Guid.NewGuid():N}"[..14], Status = SystemStatus.Running,
            CloudResources = "市级政务云 IaaS", DataResources = "学籍数据", ListedAt = DateTimeOffset.UtcNow,
            EntryStatus = CatalogueEntryStatus.Confirmed, ReviewedAt = DateTimeOffset.UtcNow,
        };
        var cloudService = new CloudService { Code = $"IAAS-{Guid.NewGuid():N}"[..16], Name = "云主机", Layer = CloudServiceLayer.Iaas };
        db.AddRange(system, cloudService);
        await db.SaveChangesAsync();
        return new CatalogueEntries(system.Id, system.Name, cloudService.Code);
    }

    /// <summary>The name of a new published entry of department A's annual plan of this year, for the registration form to pick.</summary>
    public async Task<string> PublishedPlanEntryNameAsync()
    {
        var entryId = await PublishPlanEntryAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Set<PlanEntry>().Where(e => e.Id == entryId).Select(e => e.Name).SingleAsync();
    }

    /// <summary>A published entry of department A's annual plan of this year (art. 7), so the project is in the plan (art. 11).</summary>
    private async Task<Guid> PublishPlanEntryAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var entryId = ProjectSetup.PublishPlanEntry(db, DepartmentA, DateTime.UtcNow.Year);
        await db.SaveChangesAsync();
        return entryId;
    }

    // Arts. 8-12: listed systems, cloud services from the catalogue, a full data-sharing plan and the four documents.
    public async Task<Guid> RegisterCompleteProjectAsync()
    {
        var catalogue = await ListCatalogueEntriesAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var application = new ProjectApplication(
            Name: "智慧校园升级改造", Kind: ProjectKind.Upgrade, LeadDepartmentCode: DepartmentA, Scope: "校园网络与教学平台升级",
            IsMajor: false, DocksWithUpperLevelSystem: false, TotalBudget: 1_200_000m,
            YearBudgets: [new YearBudget(DateTime.UtcNow.Year, 1_200_000m)], PlannedCompletion: null,
            SystemIds: [catalogue.SystemId], CloudServiceCodes: [catalogue.CloudServiceCode],
            DataSharing: new DataSharingInput("学籍系统", "JSON", "每日", "通过共享交换平台共享", "按目录开放"),
            ProtectionLevel: 1, CryptographyPlan: "采用国密算法保护传输和存储的重要数据",
            PlanEntryId: await PublishPlanEntryAsync());
        var projectId = await mediator.Send(new RegisterProject($"XM-{Guid.NewGuid():N}"[..15], application, "dept-a"));
        foreach (var kind in new[] { DocumentKind.Proposal, DocumentKind.FeasibilityStudy, DocumentKind.PreliminaryDesign, DocumentKind.InvestmentEstimate })
        {
            await mediator.Send(new AttachDocument(projectId, kind, $"{kind}.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF {kind}"), "dept-a"));
        }

        return projectId;
    }

    /// <summary>The stage and document count of the project registered under <paramref name="code"/>, or null when there is none.</summary>
    public async Task<(ProjectStage Stage, int Documents)?> ProjectStateAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var project = await db.Set<Project>().AsNoTracking().SingleOrDefaultAsync(p => p.Code == code);
        if (project is null)
        {
            return null;
        }

        return (project.Stage, await db.Set<ProjectDocument>().CountAsync(d => d.ProjectId == project.Id));
    }

    public sealed record CatalogueEntries(Guid SystemId, string SystemName, string CloudServiceCode);

    private sealed record LoginBody(string Token);

    private sealed record StartedBody(Guid InstanceId);

    private sealed record TaskBody(Guid Id, Guid InstanceId, string ActivityId);

    private sealed record TaskPageBody(IReadOnlyList<TaskBody> Items);

    private sealed record InstanceBody(IReadOnlyList<string> ActiveActivityIds);
}
