namespace Workflows.Engine.Execution;

/// <summary>
/// Bounds on what one command may do, so that no model and no request can exhaust the host (configuration section
/// <c>Engine</c>). A command that runs past <see cref="MaxStepsPerCommand"/> or <see cref="MaxCallDepth"/> is a
/// runaway model (a call activity calling its own process, a loop of gateways that never waits): it throws
/// <see cref="RunawayCommandException"/>, so the command's transaction rolls back. As in Camunda and Flowable, a
/// command sent through the API then fails for its caller (HTTP 409 naming the element), and a command run by a
/// job (a timer) fails the job, whose retries end in an incident naming the element.
/// Variables beyond the other limits are refused with <see cref="VariableLimitException"/> (HTTP 400).
/// </summary>
public sealed class EngineLimits
{
    public const string Section = "Engine";

    /// <summary>Agenda steps (a token arriving at, executing or leaving an element) one command may take.
    /// The largest shipped model takes a few hundred; a multi-instance activity over 1,000 items about 10,000.</summary>
    public int MaxStepsPerCommand { get; set; } = 50_000;

    /// <summary>How deep call activities may nest: the process started through the API is level 1.</summary>
    public int MaxCallDepth { get; set; } = 16;

    /// <summary>Variables one command may set.</summary>
    public int MaxVariablesPerCommand { get; set; } = 200;

    /// <summary>The largest variable value, as JSON text (UTF-8 bytes).</summary>
    public int MaxVariableBytes { get; set; } = 256 * 1024;

    /// <summary>Variables an instance may hold (its own and those of its scopes).</summary>
    public int MaxVariablesPerInstance { get; set; } = 1000;

    /// <summary>All variable values of an instance together, as JSON text (UTF-8 bytes).</summary>
    public int MaxInstanceVariableBytes { get; set; } = 4 * 1024 * 1024;
}
