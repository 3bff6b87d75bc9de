namespace Workflows.Projects.Domain.Security;

/// <summary>The two assessments of art. 37, each with its report.</summary>
public enum SecurityAssessmentKind
{
    /// <summary>等级保护测评 (graded protection).</summary>
    Protection,

    /// <summary>商用密码应用安全性评估, 密评 (national cryptography requirements).</summary>
    Cryptography,
}
