namespace Workflows.Projects.Projects.Commands.RecordMaterialReview;

/// <summary>Whether the project is in the annual plan and major, as the approval bureau confirmed it: what the gateways route on.</summary>
/// <param name="NeedsCountyApproval">Art. 11: outside the plan without the county government's approval yet (the applicant declared it
/// in the plan): the application goes to the bureau's pre-review and the county government before the technical review.</param>
public sealed record ConfirmedClassification(bool InAnnualPlan, bool IsMajor, bool NeedsCountyApproval);
