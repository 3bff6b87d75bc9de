namespace Workflows.Projects.Domain.Evaluation;

/// <summary>Where a key-project evaluation (art. 27) stands.</summary>
public enum KeyProjectEvaluationStatus
{
    /// <summary>Marked key; finance's evaluation is open.</summary>
    Open,

    /// <summary>The evaluation's outcome is recorded.</summary>
    Evaluated,

    /// <summary>Finance unmarked the project before the evaluation was recorded.</summary>
    Withdrawn,
}
