namespace Workflows.Projects.Evaluation.Queries.ListEvaluationSamples;

/// <summary>Art. 27: one draw of finance with its candidates, those picked and how their spot checks stand.</summary>
public sealed record EvaluationSampleView(
    Guid Id,
    int BudgetYear,
    decimal Share,
    int Seed,
    int Candidates,
    int Picked,
    string DrawnBy,
    DateTimeOffset DrawnAt,
    IReadOnlyList<EvaluationSampleView.Candidate> Items)
{
    public sealed record Candidate(
        Guid EvaluationId, Guid ProjectId, string ProjectCode, string ProjectName, string DepartmentCode, bool Sampled, bool SpotChecked, string? SpotCheckResult);
}
