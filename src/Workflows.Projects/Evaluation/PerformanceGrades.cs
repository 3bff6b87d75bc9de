using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation;

/// <summary>The score bands of the performance grades (财预〔2020〕10号): 优 from 90, 良 from 80, 中 from 60, 差 below.</summary>
public static class PerformanceGrades
{
    public static PerformanceGrade Of(decimal score) => score switch
    {
        >= 90 => PerformanceGrade.Excellent,
        >= 80 => PerformanceGrade.Good,
        >= 60 => PerformanceGrade.Fair,
        _ => PerformanceGrade.Poor,
    };

    /// <summary>The form's radio value of a grade (<c>excellent</c>, <c>good</c>, <c>fair</c>, <c>poor</c>), or null for another.</summary>
    public static PerformanceGrade? Parse(string? value) => value switch
    {
        "excellent" => PerformanceGrade.Excellent,
        "good" => PerformanceGrade.Good,
        "fair" => PerformanceGrade.Fair,
        "poor" => PerformanceGrade.Poor,
        _ => null,
    };
}
