namespace Workflows.Projects.Rules;

/// <summary>
/// Art. 15: a project co-built with the city (市县共建) names its municipal partner and splits content and money by
/// responsibility; it then goes through the same review as every other project.
/// </summary>
internal static class CityCoBuildingRule
{
    public static IEnumerable<string> Check(bool coBuiltWithCity, string? municipalPartner, string? municipalShare)
    {
        if (!coBuiltWithCity)
            yield break;
        if (string.IsNullOrWhiteSpace(municipalPartner) || municipalPartner.Length > 200)
            yield return "市县共建项目须写明市级共建单位，且不超过200字（第十五条） (art. 15: name the municipal partner of a co-built project)";
        if (string.IsNullOrWhiteSpace(municipalShare) || municipalShare.Length > 2000)
            yield return "市县共建项目须按职责分工写明市、县各自承担的建设内容和资金，且不超过2000字（第十五条） (art. 15: split content and money between city and county)";
    }
}
