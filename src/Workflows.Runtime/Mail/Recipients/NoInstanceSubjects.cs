using Workflows.Engine.Execution;

namespace Workflows.Runtime.Mail.Recipients;

/// <summary>The platform alone: no instance is about a record, so no end is mailed.</summary>
internal sealed class NoInstanceSubjects : IInstanceSubjects
{
    public Task<InstanceSubject?> FindAsync(string definitionKey, string? businessKey, CancellationToken cancellationToken) => Task.FromResult<InstanceSubject?>(null);
}
