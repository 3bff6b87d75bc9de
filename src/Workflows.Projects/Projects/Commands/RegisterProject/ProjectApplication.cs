using Workflows.Projects.Domain;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>
/// What a department states when it applies (arts. 8-12); revised after a return. Art. 37: the graded-protection level and
/// the cryptography plan; art. 15: a project co-built with the city names its municipal partner and the split.
/// <paramref name="PlanEntryId"/> names the entry of the annual plan it carries out: whether the project is in the plan follows
/// from it (arts. 7, 11), not from a claim. <paramref name="NeedsNoCloud"/>: a network, hardware or services project that needs no
/// compute or storage chooses no municipal cloud service (art. 12). <paramref name="BuildsDedicatedNetwork"/>: it builds a new dedicated
/// business network, which needs the bureau's consent before approval (art. 11).
/// </summary>
public sealed record ProjectApplication(
    string Name,
    ProjectKind Kind,
    string LeadDepartmentCode,
    string Scope,
    bool IsMajor,
    bool DocksWithUpperLevelSystem,
    decimal TotalBudget,
    IReadOnlyList<YearBudget> YearBudgets,
    DateOnly? PlannedCompletion,
    IReadOnlyList<Guid> SystemIds,
    IReadOnlyList<string> CloudServiceCodes,
    DataSharingInput DataSharing,
    IReadOnlyList<string>? CoBuildingDepartments = null,
    int? ProtectionLevel = null,
    string? CryptographyPlan = null,
    bool CoBuiltWithCity = false,
    string? MunicipalPartner = null,
    string? MunicipalShare = null,
    Guid? PlanEntryId = null,
    bool NeedsNoCloud = false,
    bool BuildsDedicatedNetwork = false);

public sealed record YearBudget(int Year, decimal Amount);

/// <summary>The data-sharing part of art. 9; <paramref name="SharesNothing"/> states a system that interconnects and shares with none (art. 11).</summary>
public sealed record DataSharingInput(string Sources, string Formats, string UpdateFrequency, string Sharing, string Opening, bool SharesNothing = false);
