using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordContractSigned;

public sealed class RecordContractSignedValidator : IValidator<RecordContractSigned>
{
    public IEnumerable<string> Validate(RecordContractSigned message)
    {
        if (string.IsNullOrWhiteSpace(message.ContractNumber) || message.ContractNumber.Length > 100)
            yield return "合同编号必填，且不超过100个字符 (contract number is required, at most 100 characters)";
        if (message.Amount <= 0)
            yield return "合同金额必须大于0 (the contract amount must be positive)";
        // Art. 16: the contract names ownership and the deliverables (design documents, source code, test documents).
        if (!message.DeliverablesAgreed)
            yield return "合同须约定所有权及设计文档、源代码、测试文档等交付物（第十六条） (art. 16: the contract must name ownership and deliverables)";
    }
}
