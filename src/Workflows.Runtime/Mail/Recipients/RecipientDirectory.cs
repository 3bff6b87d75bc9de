using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Recipients;

/// <summary>Users with a mail address, found by user name or by group (Identity role), case-insensitively, with their department.</summary>
public sealed class RecipientDirectory(
    IReadOnlyDictionary<string, MailRecipient> byUserName,
    ILookup<string, GroupMember> byGroup,
    DepartmentScopedGroups departmentScoped)
{
    /// <summary>
    /// Who should hear about a task: the users who may open it, by the inbox's rule. The assignee alone when there is
    /// one (Camunda semantics), otherwise every candidate user and every member of a candidate group, each once; the
    /// department-scoped groups count only for members of the task's <paramref name="department"/>.
    /// </summary>
    public IReadOnlyList<MailRecipient> For(string? assignee, IEnumerable<string> candidateUsers, IEnumerable<string> candidateGroups, string? department)
    {
        if (!string.IsNullOrWhiteSpace(assignee))
            return byUserName.TryGetValue(assignee, out var owner) ? [owner] : [];

        return candidateUsers
            .Select(name => byUserName.GetValueOrDefault(name))
            .OfType<MailRecipient>()
            .Concat(candidateGroups.SelectMany(group => byGroup[group]
                .Where(member => !departmentScoped.Contains(group) || (department is not null && member.DepartmentCode == department))
                .Select(member => member.Recipient)))
            .DistinctBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The members of <paramref name="groups"/> who belong to one of <paramref name="departments"/>, each once; never a member of another department.</summary>
    public IReadOnlyList<MailRecipient> MembersOf(IEnumerable<string> groups, IReadOnlyCollection<string> departments) =>
        groups.SelectMany(group => byGroup[group])
            .Where(member => member.DepartmentCode is { } code && departments.Contains(code, StringComparer.Ordinal))
            .Select(member => member.Recipient)
            .DistinctBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
