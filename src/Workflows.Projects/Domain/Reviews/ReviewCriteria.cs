namespace Workflows.Projects.Domain.Reviews;

/// <summary>The five review criteria of art. 11, each judged by the bureau.</summary>
public sealed class ReviewCriteria
{
    /// <summary>需求合理性.</summary>
    public bool NeedReasonable { get; set; }

    /// <summary>集约建设.</summary>
    public bool IntensiveConstruction { get; set; }

    /// <summary>方案可行性.</summary>
    public bool PlanFeasible { get; set; }

    /// <summary>预算合理性.</summary>
    public bool BudgetReasonable { get; set; }

    /// <summary>绩效目标合理性.</summary>
    public bool PerformanceTargetsReasonable { get; set; }

    public bool AllMet => NeedReasonable && IntensiveConstruction && PlanFeasible && BudgetReasonable && PerformanceTargetsReasonable;
}
