namespace Workflows.Projects.Domain.Documents;

/// <summary>The documents the measures ask for along a project's life.</summary>
public enum DocumentKind
{
    /// <summary>项目建议书 (art. 8).</summary>
    Proposal,

    /// <summary>可行性研究报告 (art. 8).</summary>
    FeasibilityStudy,

    /// <summary>初步设计 (art. 8).</summary>
    PreliminaryDesign,

    /// <summary>投资概算 (art. 8).</summary>
    InvestmentEstimate,

    /// <summary>预算评审报告 (art. 14).</summary>
    BudgetReviewReport,

    /// <summary>合同 (arts. 16, 18).</summary>
    Contract,

    /// <summary>监理备案材料 (art. 21).</summary>
    SupervisorFiling,

    /// <summary>验收报告 (art. 25).</summary>
    AcceptanceReport,

    /// <summary>绩效自评报告 (art. 26).</summary>
    SelfEvaluation,

    /// <summary>等级保护测评报告 (art. 37).</summary>
    ProtectionAssessmentReport,

    /// <summary>商用密码应用安全性评估报告, 密评报告 (art. 37).</summary>
    CryptographyAssessmentReport,

    /// <summary>重点项目绩效评价报告 (art. 27).</summary>
    KeyProjectEvaluationReport,
}
