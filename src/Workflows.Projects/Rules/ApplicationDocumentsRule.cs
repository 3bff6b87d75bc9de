using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Rules;

/// <summary>Art. 8: an application carries the proposal, feasibility study, preliminary design and investment estimate.</summary>
internal static class ApplicationDocumentsRule
{
    private static readonly (DocumentKind Kind, string Name)[] Required =
    [
        (DocumentKind.Proposal, "项目建议书"),
        (DocumentKind.FeasibilityStudy, "可行性研究报告"),
        (DocumentKind.PreliminaryDesign, "初步设计"),
        (DocumentKind.InvestmentEstimate, "投资概算"),
    ];

    public static IEnumerable<string> Check(IReadOnlyCollection<DocumentKind> uploaded) =>
        Required.Where(r => !uploaded.Contains(r.Kind))
            .Select(r => $"缺少{r.Name}（第八条） (art. 8: missing {r.Kind})");
}
