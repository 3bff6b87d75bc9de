using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Recipients;

/// <summary>Users with a mail address, found by user name or by group (Identity role), case-insensitively.</summary>
public sealed class RecipientDirectory(
    IReadOnlyDictionary<string, MailRecipient> byUserName,
    ILookup<string, MailRecipient> byGroup)
{
    /// <summary>
    /// Who should hear about a task: the assignee alone when there is one (Camunda semantics), otherwise
    /// every candidate user and every member of a candidate group, each once.
    /// </summary>
    public IReadOnlyList<MailRecipient> For(string? assignee, IEnumerable<string> candidateUsers, IEnumerable<string> candidateGroups)
    {
        if (!string.IsNullOrWhiteSpace(assignee))
            return byUserName.TryGetValue(assignee, out var owner) ? [owner] : [];

        return candidateUsers
            .Select(name => byUserName.GetValueOrDefault(name))
            .OfType<MailRecipient>()
            .Concat(candidateGroups.SelectMany(group => byGroup[group]))
            .DistinctBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
