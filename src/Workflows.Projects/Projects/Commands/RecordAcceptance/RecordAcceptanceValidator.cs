using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordAcceptance;

public sealed class RecordAcceptanceValidator : IValidator<RecordAcceptance>
{
    public IEnumerable<string> Validate(RecordAcceptance message)
    {
        // Art. 23: sharable data in the data-sharing exchange platform is part of acceptance.
        if (!message.DataSharedToPlatform)
            yield return "可共享数据未接入数据共享交换平台，不予验收（第二十三条） (art. 23: sharable data must be in the sharing platform)";
        // Art. 24: secure and controllable key products are an important part of acceptance.
        if (!message.SecureAndControllable)
            yield return "关键产品未达到安全可控要求，不予验收（第二十四条） (art. 24: key products must be secure and controllable)";
        if (string.IsNullOrWhiteSpace(message.Opinion) || message.Opinion.Length > 2000)
            yield return "验收意见必填，且不超过2000字 (opinion is required, at most 2000 characters)";
    }
}
