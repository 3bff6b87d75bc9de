using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.RequestDedicatedNetwork;

public sealed class RequestDedicatedNetworkValidator : IValidator<RequestDedicatedNetwork>
{
    public IEnumerable<string> Validate(RequestDedicatedNetwork message)
    {
        // Art. 11: no new dedicated business network unless national rules require one.
        if (string.IsNullOrWhiteSpace(message.LegalBasis) || message.LegalBasis.Length > 1000)
            yield return "新建业务专网须写明国家规定依据（第十一条） (art. 11: state the national rule that requires the network)";
        if (string.IsNullOrWhiteSpace(message.Justification) || message.Justification.Length > 4000)
            yield return "须说明建设必要性，且不超过4000字 (state why the network is needed, at most 4000 characters)";
    }
}
