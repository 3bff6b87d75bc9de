namespace Workflows.Engine.Execution;

/// <summary>A command that exceeded <see cref="EngineLimits"/>: the model runs away (see there). The message names the element.</summary>
public sealed class RunawayCommandException(string activityId, string message) : EngineException(message)
{
    public string ActivityId { get; } = activityId;
}
