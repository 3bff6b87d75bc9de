namespace Workflows.Projects.Domain.Evaluation;

/// <summary>The dimensions art. 29 names for the application-efficiency evaluation of a system.</summary>
public enum EvaluationDimension
{
    /// <summary>支撑能力: the computing, storage and network support.</summary>
    SupportCapacity,

    /// <summary>用户满意度.</summary>
    UserSatisfaction,

    /// <summary>效率提升.</summary>
    EfficiencyGain,

    /// <summary>可持续性.</summary>
    Sustainability,

    /// <summary>安全性.</summary>
    Security,
}
