namespace Workflows.Runtime.Mail.Recipients;

/// <summary>
/// The candidate groups whose members act only on tasks of their own department (<c>WorkflowsUser.DepartmentCode</c>).
/// The platform knows none; a domain module registers its own (the measures: departments and townships).
/// </summary>
public sealed class DepartmentScopedGroups(IEnumerable<string> groups)
{
    private readonly HashSet<string> groups = new(groups, StringComparer.OrdinalIgnoreCase);

    public static DepartmentScopedGroups None { get; } = new([]);

    public bool Contains(string group) => groups.Contains(group);

    /// <summary>Every department-scoped group: together, the clerks of a department.</summary>
    public IReadOnlyCollection<string> All => groups;
}
