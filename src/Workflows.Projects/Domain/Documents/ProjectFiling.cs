namespace Workflows.Projects.Domain.Documents;

/// <summary>A filing with the bureau (and finance, for contracts), with its deadline when the measures set one.</summary>
public sealed class ProjectFiling
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public FilingKind Kind { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public bool IsLate { get; set; }

    /// <summary>The filed detail: the contract number, the supervisor's name, the report's conclusion.</summary>
    public string Details { get; set; } = "";
    public Guid? DocumentId { get; set; }
    public string FiledBy { get; set; } = "";
}
