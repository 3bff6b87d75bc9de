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
}
