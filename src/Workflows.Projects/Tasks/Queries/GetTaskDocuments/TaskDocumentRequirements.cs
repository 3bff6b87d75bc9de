using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Tasks.Queries.GetTaskDocuments;

/// <summary>The documents a task's completion needs on file, by process and task: the step after it refuses to go on without them.</summary>
public static class TaskDocumentRequirements
{
    private static readonly DocumentKind[] Application =
        [DocumentKind.Proposal, DocumentKind.FeasibilityStudy, DocumentKind.PreliminaryDesign, DocumentKind.InvestmentEstimate];

    private static readonly Dictionary<(string DefinitionKey, string ActivityId), DocumentKind[]> Required = new()
    {
        // Art. 8: the four application documents.
        [("new-project", "prepareApplication")] = Application,
        [("new-project", "reviseApplication")] = Application,
        [("cross-department-project", "revisePlan")] = Application,
        // Art. 14: tendering on the budget review's result.
        [("new-project", "procurement")] = [DocumentKind.BudgetReviewReport],
        // Arts. 16, 18: the signed contract.
        [("new-project", "signContract")] = [DocumentKind.Contract],
        // Art. 25: the acceptance report.
        [("new-project", "fileAcceptanceReport")] = [DocumentKind.AcceptanceReport],
        // Art. 27: the key project's evaluation report.
        [("key-project-evaluation", "keyProjectEvaluation")] = [DocumentKind.KeyProjectEvaluationReport],
    };

    public static IReadOnlyList<DocumentKind> Of(string definitionKey, string activityId) =>
        Required.TryGetValue((definitionKey, activityId), out var kinds) ? kinds : [];
}
