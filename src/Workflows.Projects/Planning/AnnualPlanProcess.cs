namespace Workflows.Projects.Planning;

/// <summary>
/// The <c>annual-plan</c> process (art. 7). It is started only by a department's submission
/// (<c>POST /api/plans/{year}/submission</c>), which checks the entries and moves them under review; a start by hand
/// would skip both.
/// </summary>
public static class AnnualPlanProcess
{
    public const string Key = "annual-plan";
}
