namespace Workflows.Projects.Domain.Evaluation;

/// <summary>
/// The grades of a project's performance evaluation by finance (art. 27), with the score bands of the national rules for
/// evaluating project spending (财预〔2020〕10号): 优 90–100, 良 80–89, 中 60–79, 差 below 60.
/// </summary>
public enum PerformanceGrade
{
    /// <summary>优.</summary>
    Excellent,

    /// <summary>良.</summary>
    Good,

    /// <summary>中.</summary>
    Fair,

    /// <summary>差.</summary>
    Poor,
}
