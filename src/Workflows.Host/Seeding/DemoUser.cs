namespace Workflows.Host.Seeding;

/// <summary>A demo account: one per party of the measures, two department clerks and a township clerk, a leader of each department, and an external task worker.</summary>
public sealed record DemoUser(string UserName, string DisplayName, string? DepartmentCode, params string[] Roles)
{
    /// <summary>Leads the groups of its roles in its department: assigns and delegates their tasks.</summary>
    public bool Leader { get; init; }

    /// <summary>For a worker account: the external task topics it may fetch.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}
