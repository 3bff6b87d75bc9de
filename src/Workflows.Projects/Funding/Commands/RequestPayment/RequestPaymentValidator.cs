using Workflows.Runtime.Common;

namespace Workflows.Projects.Funding.Commands.RequestPayment;

public sealed class RequestPaymentValidator : IValidator<RequestPayment>
{
    public IEnumerable<string> Validate(RequestPayment message)
    {
        if (!Enum.IsDefined(message.Fund))
            yield return "资金类别须为建设资金或运维资金 (fund: Construction or Operation)";
        if (message.Amount <= 0 || message.Amount > 1_000_000_000_000m || decimal.Round(message.Amount, 2) != message.Amount)
            yield return "金额须为正数，最多两位小数 (amount: a positive number with at most two decimals)";
        if (string.IsNullOrWhiteSpace(message.Purpose) || message.Purpose.Length > 500)
            yield return "用途必填，且不超过500字 (purpose is required, at most 500 characters)";
    }
}
