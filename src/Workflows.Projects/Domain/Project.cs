using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.History;
using Workflows.Projects.Domain.Parts;

namespace Workflows.Projects.Domain;

/// <summary>A government information project (art. 3) and everything the measures record on it.</summary>
public sealed class Project
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public ProjectKind Kind { get; set; }
    public string LeadDepartmentCode { get; set; } = "";

    /// <summary>建设内容: what is built; a change request may adjust it (art. 20).</summary>
    public string Scope { get; set; } = "";

    /// <summary>The entry of the annual plan the project carries out (art. 7), as the department links it.</summary>
    public Guid? PlanEntryId { get; set; }

    /// <summary>
    /// In the annual plan approved by the county government (arts. 7, 11): decided from the plan (a published entry of the lead
    /// department for the project's first year), as the approval bureau then confirms or corrects it.
    /// </summary>
    public bool InAnnualPlan { get; set; }

    /// <summary>重大项目: budget reviewed with provincial and municipal finance (art. 14).</summary>
    public bool IsMajor { get; set; }

    /// <summary>Docks with a provincial or municipal system: allowed only as a retrofit (art. 11).</summary>
    public bool DocksWithUpperLevelSystem { get; set; }

    /// <summary>The project needs no compute or storage (network, hardware, services): no municipal cloud service is required (art. 12).</summary>
    public bool NeedsNoCloud { get; set; }

    public decimal TotalBudget { get; set; }
    public decimal? ApprovedBudget { get; set; }
    public DateOnly? PlannedCompletion { get; set; }

    public ProjectStage Stage { get; set; }
    public FundingStatus FundingStatus { get; set; }
    public string? FundingHoldReason { get; set; }
    public DedicatedNetworkStatus DedicatedNetwork { get; set; }

    /// <summary>
    /// Art. 11: the project builds a new dedicated business network (新建业务专网), allowed only where national rules require it and
    /// the bureau consents; the bureau cannot approve the project before it has (<see cref="DedicatedNetwork"/>).
    /// </summary>
    public bool BuildsDedicatedNetwork { get; set; }

    public DataSharingPlan DataSharing { get; set; } = new();

    /// <summary>Art. 11: why the bureau lets a project that shares nothing be approved and funded anyway, who decided it and when.</summary>
    public SharingException? SharingException { get; set; }

    public DateTimeOffset? ContractSignedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Art. 23: sharable data went into the data-sharing exchange platform.</summary>
    public bool DataSharedToPlatform { get; set; }

    /// <summary>Art. 24: key products are secure and controllable (自主可控).</summary>
    public bool SecureAndControllable { get; set; }

    /// <summary>Art. 37: the graded-protection level (等级保护级别, 1-5) stated in the application (同步规划).</summary>
    public int? ProtectionLevel { get; set; }

    /// <summary>Art. 37: how the project meets the national cryptography requirements (密码应用方案, 国家密码管理要求).</summary>
    public string? CryptographyPlan { get; set; }

    /// <summary>Art. 15: co-built with the city (市县共建); the municipal partner and the split of content and money.</summary>
    public bool CoBuiltWithCity { get; set; }

    public string? MunicipalPartner { get; set; }

    /// <summary>Art. 15: which content and which money the city takes on, and which the county (按职责分工).</summary>
    public string? MunicipalShare { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped by every command that changes the project.</summary>
    public int Revision { get; set; }

    public List<ProjectCoBuilder> CoBuilders { get; } = [];
    public List<ProjectYearBudget> YearBudgets { get; } = [];
    public List<ProjectSystem> Systems { get; } = [];
    public List<ProjectCloudService> CloudServices { get; } = [];
    public List<ProjectDocument> Documents { get; } = [];
    public List<ProjectFiling> Filings { get; } = [];
    public List<ProjectHistoryEntry> History { get; } = [];
}
