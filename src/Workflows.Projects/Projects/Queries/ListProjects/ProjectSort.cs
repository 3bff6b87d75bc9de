namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>What a project list is ordered by (the project code, unique, breaks ties so pages never overlap).</summary>
public enum ProjectSort
{
    Code,
    Name,

    /// <summary>The lead department's name.</summary>
    Department,
}
