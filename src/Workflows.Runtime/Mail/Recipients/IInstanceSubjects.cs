using Workflows.Engine.Execution;

namespace Workflows.Runtime.Mail.Recipients;

/// <summary>
/// What an instance is about, as its outcome mail names it: a domain module registers its own (the measures: the project
/// whose id is the business key). The platform knows none, so without a module no instance's end is mailed.
/// </summary>
public interface IInstanceSubjects
{
    /// <summary>
    /// The record an instance of <paramref name="definitionKey"/> with <paramref name="businessKey"/> works on, or null when it
    /// is about none. The new-task and overdue mails name it too, so a clerk with many projects knows which one is meant.
    /// </summary>
    Task<InstanceSubject?> FindAsync(string definitionKey, string? businessKey, CancellationToken cancellationToken);
}
