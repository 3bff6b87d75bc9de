using Workflows.Projects.Domain;

namespace Workflows.Projects.Rules;

/// <summary>Art. 9: data sharing (sources, formats, update frequency, sharing and opening) is a required part of every application.</summary>
internal static class DataSharingRule
{
    public static IEnumerable<string> Check(DataSharingPlan plan)
    {
        if (!plan.IsComplete)
            yield return "数据共享方案不完整：须写明数据来源、格式、更新频率、共享和开放方式（第九条） (art. 9: the data-sharing plan is incomplete)";
    }
}
