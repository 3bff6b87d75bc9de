using Workflows.Projects.Domain.Reviews;

namespace Workflows.Projects.Handlers;

/// <summary>The decision values of the task forms (radio buttons) and the BPMN conditions.</summary>
internal static class Decisions
{
    public const string Approve = "approve";
    public const string Reduce = "reduce";
    public const string Return = "return";
    public const string Reject = "reject";

    public static ReviewDecision Parse(string value) => value switch
    {
        Approve => ReviewDecision.Approve,
        Reduce => ReviewDecision.Reduce,
        Return => ReviewDecision.Return,
        Reject => ReviewDecision.Reject,
        _ => throw new InvalidOperationException($"Unknown review decision '{value}'; the forms offer approve, reduce, return and reject."),
    };
}
