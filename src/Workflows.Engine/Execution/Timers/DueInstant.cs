using Workflows.Engine.Calendar;

namespace Workflows.Engine.Execution.Timers;

/// <summary>A computed due instant and, when it counts working days, the basis to count it again from.</summary>
internal readonly record struct DueInstant(DateTimeOffset At, WorkingDayBasis? Basis)
{
    public DueInstant ToUniversalTime() => this with { At = At.ToUniversalTime() };
}
