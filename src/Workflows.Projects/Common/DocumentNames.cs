using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Common;

/// <summary>The Chinese names of the documents, as the measures call them.</summary>
public static class DocumentNames
{
    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Proposal => "项目建议书",
        DocumentKind.FeasibilityStudy => "可行性研究报告",
        DocumentKind.PreliminaryDesign => "初步设计",
        DocumentKind.InvestmentEstimate => "投资概算",
        DocumentKind.BudgetReviewReport => "预算评审报告",
        DocumentKind.Contract => "合同",
        DocumentKind.SupervisorFiling => "监理备案材料",
        DocumentKind.AcceptanceReport => "验收报告",
        DocumentKind.SelfEvaluation => "绩效自评报告",
        DocumentKind.ProtectionAssessmentReport => "等级保护测评报告",
        DocumentKind.CryptographyAssessmentReport => "密码应用安全性评估报告",
        DocumentKind.KeyProjectEvaluationReport => "重点项目绩效评价报告",
        _ => kind.ToString(),
    };
}
