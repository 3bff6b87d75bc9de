namespace Workflows.Projects.Rules;

/// <summary>Whether the annual plan lists the project (art. 11), and why, as the project history states it.</summary>
internal sealed record PlanFinding(bool InAnnualPlan, string Reason);
