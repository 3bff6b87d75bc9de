using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Instances.StartInstance;

public sealed class StartInstanceValidator : IValidator<StartInstance>
{
    public IEnumerable<string> Validate(StartInstance message)
    {
        foreach (var problem in DefinitionKeyRule.Check(message.DefinitionKey))
            yield return problem;
        if (message.Version is < 1)
            yield return "The version must be 1 or more.";
        if (message.BusinessKey is { Length: > 200 })
            yield return "The business key is longer than 200 characters.";
    }
}
