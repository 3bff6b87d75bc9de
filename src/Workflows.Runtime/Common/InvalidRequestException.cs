namespace Workflows.Runtime.Common;

/// <summary>The request itself is wrong: bad arguments, an invalid BPMN document (HTTP 400). One line per problem.</summary>
public class InvalidRequestException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public InvalidRequestException(string problem) : this([problem])
    {
    }

    public IReadOnlyList<string> Problems { get; } = problems;
}
