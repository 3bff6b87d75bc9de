namespace Workflows.Projects.Rules;

/// <summary>
/// Art. 37: graded protection and the national cryptography requirements are planned with the project (同步规划): the
/// application states its protection level and its cryptography plan before it is reviewed.
/// </summary>
internal static class SecurityPlanRule
{
    public static IEnumerable<string> Check(int? protectionLevel, string? cryptographyPlan)
    {
        if (protectionLevel is null)
            yield return "须写明系统的网络安全等级保护级别（第三十七条） (art. 37: state the graded-protection level)";
        if (string.IsNullOrWhiteSpace(cryptographyPlan))
            yield return "须写明符合国家密码管理要求的密码应用方案（第三十七条） (art. 37: state the cryptography plan)";
    }
}
