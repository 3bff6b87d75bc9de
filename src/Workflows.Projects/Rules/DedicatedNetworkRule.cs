using Workflows.Projects.Domain;

namespace Workflows.Projects.Rules;

/// <summary>
/// Art. 11: no new dedicated business network unless national rules require one, and then only with the bureau's consent
/// (the dedicated-network exception). A project that builds one is not approved before the bureau has consented.
/// </summary>
internal static class DedicatedNetworkRule
{
    public static IEnumerable<string> Check(bool buildsDedicatedNetwork, DedicatedNetworkStatus consent)
    {
        if (buildsDedicatedNetwork && consent != DedicatedNetworkStatus.Consented)
            yield return consent == DedicatedNetworkStatus.Refused
                ? "主管部门不同意建设业务专网，新建专网的项目不予批准（第十一条） (art. 11: the bureau refused the dedicated network; the project cannot be approved with it)"
                : "新建业务专网须有国家规定依据并经主管部门同意，请先办理专网建设申请（第十一条） (art. 11: a new dedicated network needs the bureau's consent first)";
    }
}
