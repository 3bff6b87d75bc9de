using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Parts;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>Copies an application onto the project record, replacing its lists.</summary>
internal static class ApplicationMapper
{
    public static void Apply(Project project, ProjectApplication application)
    {
        project.Name = application.Name.Trim();
        project.Kind = application.Kind;
        project.LeadDepartmentCode = application.LeadDepartmentCode;
        project.Scope = application.Scope.Trim();
        project.PlanEntryId = application.PlanEntryId;
        project.NeedsNoCloud = application.NeedsNoCloud;
        project.IsMajor = application.IsMajor;
        project.DocksWithUpperLevelSystem = application.DocksWithUpperLevelSystem;
        project.BuildsDedicatedNetwork = application.BuildsDedicatedNetwork;
        project.TotalBudget = application.TotalBudget;
        project.PlannedCompletion = application.PlannedCompletion;
        var sharing = application.DataSharing;
        project.DataSharing = new DataSharingPlan
        {
            Sources = sharing.Sources.Trim(), Formats = sharing.Formats.Trim(), UpdateFrequency = sharing.UpdateFrequency.Trim(),
            Sharing = sharing.Sharing.Trim(), Opening = sharing.Opening.Trim(), SharesNothing = sharing.SharesNothing,
        };
        project.ProtectionLevel = application.ProtectionLevel;
        project.CryptographyPlan = application.CryptographyPlan?.Trim();
        project.CoBuiltWithCity = application.CoBuiltWithCity;
        project.MunicipalPartner = application.CoBuiltWithCity ? application.MunicipalPartner?.Trim() : null;
        project.MunicipalShare = application.CoBuiltWithCity ? application.MunicipalShare?.Trim() : null;
        SyncYearBudgets(project, application.YearBudgets);
        Sync(project.Systems, application.SystemIds.Distinct(), s => s.SystemId, id => new ProjectSystem { ProjectId = project.Id, SystemId = id });
        Sync(project.CloudServices, application.CloudServiceCodes.Distinct(), s => s.ServiceCode,
            code => new ProjectCloudService { ProjectId = project.Id, ServiceCode = code });
        Sync(project.CoBuilders, (application.CoBuildingDepartments ?? []).Distinct(), c => c.DepartmentCode,
            code => new ProjectCoBuilder { ProjectId = project.Id, DepartmentCode = code });
    }

    private static void SyncYearBudgets(Project project, IReadOnlyList<YearBudget> budgets)
    {
        Sync(project.YearBudgets, budgets.Select(b => b.Year), b => b.Year, year => new ProjectYearBudget { ProjectId = project.Id, Year = year });
        foreach (var budget in project.YearBudgets)
            budget.Amount = budgets.First(b => b.Year == budget.Year).Amount;
    }

    /// <summary>Removes the rows no longer wanted and adds the new ones; kept rows stay (same key, same row).</summary>
    private static void Sync<TRow, TKey>(List<TRow> rows, IEnumerable<TKey> wanted, Func<TRow, TKey> keyOf, Func<TKey, TRow> create)
    {
        var wantedKeys = wanted.ToList();
        rows.RemoveAll(row => !wantedKeys.Contains(keyOf(row)));
        rows.AddRange(wantedKeys.Where(key => rows.All(row => !EqualityComparer<TKey>.Default.Equals(keyOf(row), key))).Select(create));
    }
}
