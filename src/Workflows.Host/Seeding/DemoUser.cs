namespace Workflows.Host.Seeding;

/// <summary>A demo account: one per party of the measures, two department clerks and a township clerk, and a leader of each department.</summary>
public sealed record DemoUser(string UserName, string DisplayName, string? DepartmentCode, params string[] Roles)
{
    /// <summary>Leads the groups of its roles in its department: assigns and delegates their tasks.</summary>
    public bool Leader { get; init; }
}
