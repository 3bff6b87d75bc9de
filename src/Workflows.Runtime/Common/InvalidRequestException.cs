namespace Workflows.Runtime.Common;

/// <summary>The request itself is wrong: bad arguments, an invalid BPMN document (HTTP 400). One line per problem.</summary>
public class InvalidRequestException(IReadOnlyList<Problem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(problem => problem.Message)))
{
    public InvalidRequestException(IReadOnlyList<string> problems) : this([.. problems.Select(Problem.From)])
    {
    }

    public InvalidRequestException(string problem) : this([Problem.From(problem)])
    {
    }

    public IReadOnlyList<string> Problems => [.. Keyed.Select(problem => problem.Message)];

    /// <summary>The problems with the article or field each one is keyed by.</summary>
    public IReadOnlyList<Problem> Keyed { get; } = problems;
}
