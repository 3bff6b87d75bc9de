namespace Workflows.Projects.Domain.Catalogue;

/// <summary>An entry of the catalogue of government information systems (政务信息系统目录, art. 10).</summary>
public sealed class InformationSystem
{
    public Guid Id { get; set; }
    public string DepartmentCode { get; set; } = "";
    public string Name { get; set; } = "";
    public SystemStatus Status { get; set; }

    /// <summary>The municipal cloud resources the system runs on (art. 35).</summary>
    public string CloudResources { get; set; } = "";

    /// <summary>The data resources the system holds (art. 3).</summary>
    public string DataResources { get; set; } = "";

    /// <summary>Set for provincial or municipal systems a county project may only dock with (art. 11).</summary>
    public bool IsUpperLevel { get; set; }

    public DateTimeOffset ListedAt { get; set; }

    /// <summary>Art. 10: proposed by a department, confirmed or refused by the bureau; only confirmed entries count.</summary>
    public CatalogueEntryStatus EntryStatus { get; set; }

    public string? ProposedBy { get; set; }

    /// <summary>Who confirmed or refused the entry, and when: a confirmation counts in that year's totals.</summary>
    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>退役: the date the bureau retired the system from service, and why.</summary>
    public DateOnly? RetiredOn { get; set; }

    public string? RetirementReason { get; set; }

    /// <summary>涉密: a classified system stays off the municipal cloud (art. 35).</summary>
    public bool IsClassified { get; set; }

    /// <summary>Art. 35: the date the bureau set for the migration to the municipal government cloud.</summary>
    public DateOnly? MigrationDueOn { get; set; }

    public DateOnly? MigratedOn { get; set; }
}
