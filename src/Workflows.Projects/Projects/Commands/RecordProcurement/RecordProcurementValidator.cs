using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordProcurement;

public sealed class RecordProcurementValidator : IValidator<RecordProcurement>
{
    /// <summary>Art. 16: a county-owned firm, otherwise open competition.</summary>
    public static readonly IReadOnlySet<string> Methods = new HashSet<string> { "open-tender", "competitive-negotiation", "county-owned-enterprise" };

    public IEnumerable<string> Validate(RecordProcurement message)
    {
        if (!Methods.Contains(message.Method))
            yield return "采购方式须为县属国有企业承建或市场竞争方式（第十六条） (art. 16: unknown procurement method)";
        if (string.IsNullOrWhiteSpace(message.BuilderName) || message.BuilderName.Length > 200)
            yield return "建设单位必填，且不超过200字 (builder is required, at most 200 characters)";
    }
}
