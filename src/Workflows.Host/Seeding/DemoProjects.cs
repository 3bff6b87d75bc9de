using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.Planning;
using Workflows.Projects.Projects.Commands.AttachDocument;
using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Host.Seeding;

/// <summary>
/// One registered project per demo department, complete enough (arts. 8-12: a listed system, a catalogue cloud
/// service, a data-sharing plan, the four documents) that its clerk can start the new-project process on it.
/// </summary>
public sealed class DemoProjects(WorkflowsDbContext db, IMediator mediator, TimeProvider time)
{
    private const string CloudServiceCode = "DEMO-IAAS";

    private static readonly DocumentKind[] ApplicationDocuments =
        [DocumentKind.Proposal, DocumentKind.FeasibilityStudy, DocumentKind.PreliminaryDesign, DocumentKind.InvestmentEstimate];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.Set<CloudService>().AnyAsync(s => s.Code == CloudServiceCode, cancellationToken))
        {
            db.Add(new CloudService { Code = CloudServiceCode, Name = "市级政务云 云主机", Layer = CloudServiceLayer.Iaas });
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var department in DemoData.Departments)
        {
            var code = $"DEMO-{department.Code.ToUpperInvariant()}";
            if (!await db.Set<Project>().AnyAsync(p => p.Code == code, cancellationToken))
            {
                await SeedProjectAsync(department, code, cancellationToken);
            }
        }
    }

    private async Task SeedProjectAsync(Department department, string code, CancellationToken cancellationToken)
    {
        var clerk = DemoData.Users.First(user => user.DepartmentCode == department.Code).UserName;
        var system = new InformationSystem
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), DepartmentCode = department.Code, Name = $"{department.Name}业务平台",
            Status = SystemStatus.Running, CloudResources = "市级政务云 IaaS", DataResources = "业务办理数据", ListedAt = time.GetUtcNow(),
            EntryStatus = CatalogueEntryStatus.Confirmed, ReviewedBy = "bureau", ReviewedAt = time.GetUtcNow(), MigrationDueOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            MigratedOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        };
        var budget = 800_000m;
        // Art. 7: the project carries out an entry of the department's published annual plan, so it is in the plan (art. 11).
        var planEntry = new PlanEntry
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), Year = time.GetUtcNow().Year, DepartmentCode = department.Code,
            Name = $"{department.Name}业务平台升级改造", Description = "业务平台功能升级与数据共享接口建设", EstimatedBudget = budget,
            Status = PlanEntryStatus.Published, CreatedAt = time.GetUtcNow(), SubmittedAt = time.GetUtcNow(), PublishedAt = time.GetUtcNow(),
        };
        db.AddRange(system, planEntry);
        await db.SaveChangesAsync(cancellationToken);

        var application = new ProjectApplication(
            Name: $"{department.Name}业务平台升级改造", Kind: ProjectKind.Upgrade, LeadDepartmentCode: department.Code,
            Scope: "业务平台功能升级与数据共享接口建设", IsMajor: false, DocksWithUpperLevelSystem: false,
            TotalBudget: budget, YearBudgets: [new YearBudget(time.GetUtcNow().Year, budget)], PlannedCompletion: null,
            SystemIds: [system.Id], CloudServiceCodes: [CloudServiceCode],
            DataSharing: new DataSharingInput("业务平台", "JSON、XLSX", "每日", "通过县共享交换平台共享", "按公共数据开放目录开放"),
            ProtectionLevel: 2, CryptographyPlan: "按GB/T 39786第二级要求，采用SM2/SM3/SM4保护身份鉴别、传输和存储",
            PlanEntryId: planEntry.Id);
        var projectId = await mediator.Send(new RegisterProject(code, application, clerk), cancellationToken);
        foreach (var kind in ApplicationDocuments)
        {
            var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% demo {kind} of {code}\n%%EOF\n");
            await mediator.Send(new AttachDocument(projectId, kind, $"{kind}.pdf", "application/pdf", content, clerk), cancellationToken);
        }
    }
}
