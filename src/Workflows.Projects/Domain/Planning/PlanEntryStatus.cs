namespace Workflows.Projects.Domain.Planning;

/// <summary>Where an entry of the annual plan stands (art. 7).</summary>
public enum PlanEntryStatus
{
    /// <summary>草稿: the department is still writing it.</summary>
    Draft,

    /// <summary>已报送: with the bureau for consolidation and the county government for approval.</summary>
    Submitted,

    /// <summary>已退回: sent back to the department with the reason.</summary>
    Returned,

    /// <summary>已发布: part of the published annual plan.</summary>
    Published,
}
