using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Rules;

/// <summary>
/// Art. 10: every system a project involves is listed in the catalogue first, confirmed by the bureau and not retired; not
/// listed, no approval and no money.
/// </summary>
internal static class CatalogueRule
{
    public static IEnumerable<string> Check(IReadOnlyCollection<Guid> involvedSystemIds, IReadOnlyCollection<InformationSystem> listed)
    {
        if (involvedSystemIds.Count == 0)
            yield return "须列明项目涉及的政务信息系统（第十条） (art. 10: name the catalogued systems the project involves)";
        foreach (var id in involvedSystemIds.Where(id => listed.All(s => s.Id != id)))
            yield return $"信息系统 {id} 未列入政务信息系统目录，不予审批（第十条） (art. 10: system not listed in the catalogue)";
        foreach (var system in listed.Where(s => s.EntryStatus == CatalogueEntryStatus.Proposed))
            yield return $"信息系统《{system.Name}》尚待主管部门确认列入目录，不予审批（第十条） (art. 10: the catalogue entry is not confirmed yet)";
        foreach (var system in listed.Where(s => s.EntryStatus == CatalogueEntryStatus.Refused))
            yield return $"信息系统《{system.Name}》的目录申报未获主管部门确认，不予审批（第十条） (art. 10: the catalogue entry was refused)";
        foreach (var system in listed.Where(s => s.Status == SystemStatus.Retired))
            yield return $"信息系统《{system.Name}》已在目录中注销，不予审批（第十条） (art. 10: system retired from the catalogue)";
    }

    /// <summary>Art. 10: no O&amp;M money once every system the project runs has been retired: nothing is left to operate.</summary>
    public static string? RetiredForOperations(IReadOnlyCollection<InformationSystem> systems) =>
        systems.Count > 0 && systems.All(s => s.Status == SystemStatus.Retired)
            ? $"信息系统《{string.Join("》《", systems.Select(s => s.Name))}》已退役，不予拨付运维资金（第十条） (art. 10: no O&M money for a retired system)"
            : null;
}
