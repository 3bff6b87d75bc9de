namespace Workflows.Engine.Parsing;

/// <summary>Thrown by the convenience imports that need a valid document; lists every problem.</summary>
public sealed class BpmnValidationException(IReadOnlyList<ValidationProblem> problems)
    : Exception("Invalid BPMN:" + string.Concat(problems.Select(problem => Environment.NewLine + "  " + problem)))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
