using Workflows.Runtime.Common;

namespace Workflows.Runtime.Instances.SignalReceiveTask;

public sealed class SignalReceiveTaskValidator : IValidator<SignalReceiveTask>
{
    public IEnumerable<string> Validate(SignalReceiveTask message)
    {
        if (string.IsNullOrWhiteSpace(message.ActivityId))
            yield return "The receive task's activity id is empty.";
    }
}
