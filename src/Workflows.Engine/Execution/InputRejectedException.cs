namespace Workflows.Engine.Execution;

/// <summary>
/// The data a user submitted breaks a rule: thrown by a command or by a service task that runs on the user's
/// completion, it refuses the whole command (the host answers 400, keyed by field or article) instead of parking
/// the instance on an incident. Nothing of the command is kept.
/// </summary>
public sealed class InputRejectedException(IReadOnlyDictionary<string, string[]> errors)
    : EngineCallAbandonedException(string.Join(Environment.NewLine, errors.SelectMany(error => error.Value.Select(message => $"{error.Key}: {message}"))))
{
    public InputRejectedException(string key, string message) : this(new Dictionary<string, string[]> { [key] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
