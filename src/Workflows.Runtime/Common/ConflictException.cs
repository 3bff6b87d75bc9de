namespace Workflows.Runtime.Common;

/// <summary>The command does not fit the current state (HTTP 409), keyed by the article that forbids it where one does.</summary>
public class ConflictException(Problem problem) : Exception(problem.Message)
{
    public ConflictException(string message) : this(Problem.From(message))
    {
    }

    public Problem Problem { get; } = problem;
}
