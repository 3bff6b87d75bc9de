using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Catalogue.Queries.GetSystemOwner;

/// <summary>A catalogued system and the department that runs it.</summary>
public sealed record SystemOwner(Guid Id, string Name, string DepartmentCode, SystemStatus Status);
