using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Common;

namespace Workflows.Projects.Rules;

/// <summary>
/// Arts. 8-12 over an application on file: the four documents, data sharing, the catalogue, docking and the cloud catalogue;
/// with them art. 15 (the city's part of a co-built project) and art. 37 (protection level and cryptography plan).
/// </summary>
internal static class ApplicationRules
{
    public static async Task<List<string>> CheckAsync(WorkflowsDbContext db, Project project, CancellationToken cancellationToken)
    {
        var systemIds = project.Systems.Select(s => s.SystemId).ToList();
        var systems = await db.Set<InformationSystem>().Where(s => systemIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var codes = project.CloudServices.Select(s => s.ServiceCode).ToList();
        var listedCodes = await db.Set<CloudService>().Where(s => codes.Contains(s.Code) && s.WithdrawnAt == null).Select(s => s.Code).ToListAsync(cancellationToken);
        return ApplicationDocumentsRule.Check(await db.KindsAsync(project.Id, cancellationToken))
            .Concat(DataSharingRule.Check(project.DataSharing))
            .Concat(CatalogueRule.Check(systemIds, systems))
            .Concat(UpperLevelDockingRule.Check(project.Kind, project.DocksWithUpperLevelSystem))
            .Concat(CloudServicesRule.Check(codes, listedCodes, project.NeedsNoCloud))
            .Concat(SecurityPlanRule.Check(project.ProtectionLevel, project.CryptographyPlan))
            .Concat(CityCoBuildingRule.Check(project.CoBuiltWithCity, project.MunicipalPartner, project.MunicipalShare))
            .ToList();
    }
}
