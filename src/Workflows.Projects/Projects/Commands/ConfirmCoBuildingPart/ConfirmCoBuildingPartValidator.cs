using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ConfirmCoBuildingPart;

public sealed class ConfirmCoBuildingPartValidator : IValidator<ConfirmCoBuildingPart>
{
    public IEnumerable<string> Validate(ConfirmCoBuildingPart message)
    {
        if (string.IsNullOrWhiteSpace(message.Part) || message.Part.Length > 2000)
            yield return "分工内容必填，且不超过2000字 (the part is required, at most 2000 characters)";
    }
}
