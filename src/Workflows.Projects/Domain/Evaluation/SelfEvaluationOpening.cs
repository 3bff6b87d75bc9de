namespace Workflows.Projects.Domain.Evaluation;

/// <summary>
/// Art. 26: the self-evaluation of a budget year was opened for a project that spent money in it (construction years
/// included): one per project and year, whichever run of the daily check comes first.
/// </summary>
public sealed class SelfEvaluationOpening
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int BudgetYear { get; set; }

    /// <summary>The money disbursed to the project in the year, as the ledger held it when the evaluation was opened.</summary>
    public decimal Disbursed { get; set; }

    public Guid InstanceId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
}
