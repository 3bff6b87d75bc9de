namespace Workflows.Projects.Domain.Reviews;

/// <summary>The reviews a project passes, each recorded with its opinion.</summary>
public enum ReviewStage
{
    /// <summary>Bureau pre-review of a project outside the annual plan (art. 11).</summary>
    PreReview,

    /// <summary>County government approval of a project outside the annual plan (art. 11).</summary>
    CountyApproval,

    /// <summary>Approval bureau's check of the application materials (arts. 5, 8).</summary>
    MaterialReview,

    /// <summary>Digital government center's technical review (art. 5).</summary>
    TechnicalReview,

    /// <summary>Bureau review on the five criteria (art. 11).</summary>
    BureauReview,

    /// <summary>Provincial and municipal budget review of a major project (art. 14).</summary>
    MajorBudgetReview,

    /// <summary>Finance budget approval (art. 13).</summary>
    BudgetApproval,

    /// <summary>Finance spot check of a self-evaluation (art. 27).</summary>
    SpotCheck,

    /// <summary>Completion acceptance (arts. 22-24): pass, rework or fail.</summary>
    CompletionAcceptance,
}
