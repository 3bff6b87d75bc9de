using Workflows.Engine.Execution;

namespace Workflows.Runtime.Mail.Outcome;

/// <summary>
/// What an instance is about, as its outcome mail names it: a domain module registers its own (the measures: the project
/// whose id is the business key). The platform knows none, so without a module no instance's end is mailed.
/// </summary>
public interface IInstanceSubjects
{
    /// <summary>The record the instance works on, or null when it is about none.</summary>
    Task<InstanceSubject?> FindAsync(ProcessInstance instance, CancellationToken cancellationToken);
}
