namespace Workflows.Projects.Rules;

/// <summary>
/// Art. 12: projects use the municipal government cloud's service catalogue (services the bureau has not withdrawn); no duplicate
/// building. A project that needs no compute or storage (network, hardware, services) needs no cloud service.
/// </summary>
internal static class CloudServicesRule
{
    public static IEnumerable<string> Check(IReadOnlyCollection<string> chosen, IReadOnlyCollection<string> inCatalogue, bool needsNoCloud)
    {
        if (chosen.Count == 0 && !needsNoCloud)
            yield return "须选用市级政务云服务目录中的服务（第十二条） (art. 12: choose services of the municipal cloud catalogue)";
        foreach (var code in chosen.Except(inCatalogue))
            yield return $"云服务 {code} 不在市级政务云服务目录中（第十二条） (art. 12: not a municipal cloud catalogue service)";
    }
}
