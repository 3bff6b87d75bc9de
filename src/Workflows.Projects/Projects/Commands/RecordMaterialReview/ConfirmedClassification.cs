namespace Workflows.Projects.Projects.Commands.RecordMaterialReview;

/// <summary>Whether the project is in the annual plan and major, as the approval bureau confirmed it: what the gateways route on.</summary>
public sealed record ConfirmedClassification(bool InAnnualPlan, bool IsMajor);
