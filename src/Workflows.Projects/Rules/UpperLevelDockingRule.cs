using Workflows.Projects.Domain;

namespace Workflows.Projects.Rules;

/// <summary>Art. 11: docking with a provincial or municipal system is done by retrofitting, never by a new build.</summary>
internal static class UpperLevelDockingRule
{
    public static IEnumerable<string> Check(ProjectKind kind, bool docksWithUpperLevelSystem)
    {
        if (docksWithUpperLevelSystem && kind == ProjectKind.NewBuild)
            yield return "对接上级系统应通过升级改造实现，不得新建系统（第十一条） (art. 11: docking with an upper-level system is a retrofit, not a new build)";
    }
}
