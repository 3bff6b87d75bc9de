using Workflows.Engine.Calendar;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>The engine's collaborators, shared by every command it runs.</summary>
internal sealed record EngineServices(
    IDefinitionResolver Definitions,
    IServiceTaskDispatcher ServiceTasks,
    TimeProvider Time,
    IBusinessCalendar? Calendar,
    EngineLimits Limits);
