using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReceiveContractFiling;

public sealed class ReceiveContractFilingValidator : IValidator<ReceiveContractFiling>
{
    public IEnumerable<string> Validate(ReceiveContractFiling message)
    {
        if (message.Note.Length > 1000)
            yield return "签收说明不超过1000字 (note at most 1000 characters)";
    }
}
