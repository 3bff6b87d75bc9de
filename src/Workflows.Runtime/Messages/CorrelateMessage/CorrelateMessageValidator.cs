using Workflows.Runtime.Common;

namespace Workflows.Runtime.Messages.CorrelateMessage;

public sealed class CorrelateMessageValidator : IValidator<CorrelateMessage>
{
    public IEnumerable<string> Validate(CorrelateMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Name))
            yield return "The message name is empty.";
    }
}
