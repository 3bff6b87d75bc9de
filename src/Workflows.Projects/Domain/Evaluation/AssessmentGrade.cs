namespace Workflows.Projects.Domain.Evaluation;

/// <summary>The grades of the annual assessment of a department's IT work (art. 30).</summary>
public enum AssessmentGrade
{
    /// <summary>优秀.</summary>
    Excellent,

    /// <summary>良好.</summary>
    Good,

    /// <summary>合格.</summary>
    Pass,

    /// <summary>不合格.</summary>
    Fail,
}
