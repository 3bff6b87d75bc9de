using Workflows.Projects.Domain;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>What a department states when it applies (arts. 8-12); revised after a return.</summary>
public sealed record ProjectApplication(
    string Name,
    ProjectKind Kind,
    string LeadDepartmentCode,
    string Scope,
    bool InAnnualPlan,
    bool IsMajor,
    bool DocksWithUpperLevelSystem,
    decimal TotalBudget,
    IReadOnlyList<YearBudget> YearBudgets,
    DateOnly? PlannedCompletion,
    IReadOnlyList<Guid> SystemIds,
    IReadOnlyList<string> CloudServiceCodes,
    DataSharingInput DataSharing,
    IReadOnlyList<string>? CoBuildingDepartments = null);

public sealed record YearBudget(int Year, decimal Amount);

/// <summary>The data-sharing part of art. 9.</summary>
public sealed record DataSharingInput(string Sources, string Formats, string UpdateFrequency, string Sharing, string Opening);
