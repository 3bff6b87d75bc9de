using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.Funding;
using Workflows.Projects.Domain.Planning;
using Workflows.Projects.Projects.Commands.AttachDocument;
using Workflows.Projects.Projects.Commands.HoldFunding;
using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>Registers projects through the domain commands, as the application form would, with the four art. 8 documents.</summary>
public static class ProjectSetup
{
    public sealed record RegisteredProject(Guid Id, string Code, string Name);

    /// <summary>The four documents of an application (art. 8).</summary>
    public static readonly DocumentKind[] ApplicationDocuments =
        [DocumentKind.Proposal, DocumentKind.FeasibilityStudy, DocumentKind.PreliminaryDesign, DocumentKind.InvestmentEstimate];

    /// <param name="inAnnualPlan">
    /// True links the project to a published entry of the department's annual plan of this year (arts. 7, 11); false links none,
    /// which sends the application through the bureau's pre-review.
    /// </param>
    /// <param name="major">True adds the provincial and municipal budget review (art. 14).</param>
    /// <param name="withDocuments">False leaves out the four art. 8 documents.</param>
    /// <param name="adjust">Changes the application before it is registered (a planned completion date, …).</param>
    public static async Task<RegisteredProject> RegisterAsync(
        TestApp app, string departmentCode, string? name = null, bool inAnnualPlan = true, bool major = false, bool withDocuments = true,
        Func<ProjectApplication, ProjectApplication>? adjust = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var system = new InformationSystem
        {
            Id = Guid.NewGuid(), DepartmentCode = departmentCode, Name = $"业务系统-{Guid.NewGuid():N}", Status = SystemStatus.Running,
            CloudResources = "市级政务云 IaaS", DataResources = "业务数据", ListedAt = DateTimeOffset.UtcNow,
            EntryStatus = CatalogueEntryStatus.Confirmed, ReviewedAt = DateTimeOffset.UtcNow,
        };
        var cloudService = new CloudService { Code = $"IAAS-{Guid.NewGuid():N}"[..16], Name = "云主机", Layer = CloudServiceLayer.Iaas };
        db.AddRange(system, cloudService);
        var planEntryId = inAnnualPlan ? PublishPlanEntry(db, departmentCode, DateTime.UtcNow.Year) : (Guid?)null;
        await db.SaveChangesAsync();

        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var projectName = name ?? $"信息化项目-{Guid.NewGuid():N}"[..20];
        var application = new ProjectApplication(
            Name: projectName, Kind: ProjectKind.Upgrade, LeadDepartmentCode: departmentCode, Scope: "平台升级",
            IsMajor: major, DocksWithUpperLevelSystem: false, TotalBudget: 500_000m,
            YearBudgets: [new YearBudget(DateTime.UtcNow.Year, 500_000m)], PlannedCompletion: null,
            SystemIds: [system.Id], CloudServiceCodes: [cloudService.Code],
            DataSharing: new DataSharingInput("业务系统", "JSON", "每日", "通过共享交换平台共享", "按目录开放"),
            ProtectionLevel: 1, CryptographyPlan: "采用国密算法保护传输和存储的重要数据", PlanEntryId: planEntryId);
        var code = $"XM-{Guid.NewGuid():N}"[..15];
        var projectId = await mediator.Send(new RegisterProject(code, adjust is null ? application : adjust(application), "bureau"));
        foreach (var kind in withDocuments ? ApplicationDocuments : [])
        {
            await mediator.Send(new AttachDocument(projectId, kind, $"{kind}.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF {kind}"), "bureau"));
        }

        return new RegisteredProject(projectId, code, projectName);
    }

    /// <summary>An entry of the department's annual plan as the annual-plan process leaves it once the county government approved it (art. 7).</summary>
    public static Guid PublishPlanEntry(WorkflowsDbContext db, string departmentCode, int year)
    {
        var entry = new PlanEntry
        {
            Id = Guid.NewGuid(), Year = year, DepartmentCode = departmentCode, Name = $"计划项目-{Guid.NewGuid():N}"[..14], EstimatedBudget = 500_000m,
            Status = PlanEntryStatus.Published, CreatedAt = DateTimeOffset.UtcNow, SubmittedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
        };
        db.Add(entry);
        return entry.Id;
    }

    /// <summary>
    /// A project through its reviews with finance's approved budget (art. 13), set directly: the tests that need it
    /// are about what follows the approval, not about the reviews.
    /// </summary>
    public static async Task ApproveBudgetAsync(TestApp app, Guid projectId, decimal approvedBudget, ProjectStage stage = ProjectStage.Budgeted)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var project = await db.Set<Project>().SingleAsync(p => p.Id == projectId);
        project.ApprovedBudget = approvedBudget;
        project.Stage = stage;
        await db.SaveChangesAsync();
    }

    /// <summary>Art. 25: money held until the acceptance report is filed.</summary>
    /// <summary>Payments of the project as the funding commands leave them, written directly: their amounts and statuses only.</summary>
    public static async Task AddPaymentsAsync(TestApp app, Guid projectId, params (decimal Amount, PaymentStatus Status)[] payments)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = DateTimeOffset.UtcNow;
        db.AddRange(payments.Select(payment => new ProjectPayment
        {
            Id = Guid.NewGuid(), ProjectId = projectId, Fund = PaymentFund.Construction, Amount = payment.Amount, Purpose = "建设资金拨付",
            Status = payment.Status, RequestedAt = now, RequestedBy = "dept-a",
            DisbursedAt = payment.Status == PaymentStatus.Disbursed ? now : null,
            DisbursedBy = payment.Status == PaymentStatus.Disbursed ? "finance" : null,
        }));
        await db.SaveChangesAsync();
    }

    public static async Task HoldFundingAsync(TestApp app, Guid projectId, string reason)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new HoldFunding(projectId, reason, "bureau"));
    }
}
