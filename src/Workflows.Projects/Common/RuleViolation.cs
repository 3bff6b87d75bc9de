using Workflows.Engine.Execution;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Common;

/// <summary>Raises the problems a rule of the measures found as one 400 answer (each line names its article).</summary>
internal static class RuleViolation
{
    public static void ThrowIfAny(IReadOnlyCollection<string> problems)
    {
        if (problems.Count > 0)
            throw new InvalidRequestException(problems.ToList());
    }

    public static void ThrowIf(bool violated, string problem)
    {
        if (violated)
            throw new InvalidRequestException(problem);
    }

    /// <summary>Refuses the submitted data as a whole, keyed by the field at fault (HTTP 400; a task completion is not kept).</summary>
    public static void RefuseIf(bool violated, string key, string problem)
    {
        if (violated)
            throw new InputRejectedException(key, problem);
    }
}
