namespace Workflows.Projects.Catalogue.Queries.ListUnmigratedSystems;

/// <summary>A county system not yet on the municipal cloud (art. 35): its target date if the bureau set one, overdue once it passed.</summary>
public sealed record UnmigratedSystem(
    Guid SystemId, string Name, string DepartmentCode, string DepartmentName, DateOnly? MigrationDueOn, bool Overdue);
