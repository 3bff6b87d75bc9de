using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordSpotCheck;

public sealed class RecordSpotCheckValidator : IValidator<RecordSpotCheck>
{
    public IEnumerable<string> Validate(RecordSpotCheck message)
    {
        if (message.SpotChecked && string.IsNullOrWhiteSpace(message.Result))
            yield return "抽查须填写抽查结果（第二十七条） (art. 27: a spot check records its result)";
        if (message.Result?.Length > 2000)
            yield return "抽查结果不超过2000字 (result at most 2000 characters)";
    }
}
