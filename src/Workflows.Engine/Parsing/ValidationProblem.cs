namespace Workflows.Engine.Parsing;

/// <summary>One reason a BPMN file cannot run: where (1-based line, 0 when unknown; element id) and what.</summary>
public sealed record ValidationProblem(int Line, string? ElementId, string Message)
{
    public override string ToString() => $"{Line}: {ElementId ?? "-"}: {Message}";
}
