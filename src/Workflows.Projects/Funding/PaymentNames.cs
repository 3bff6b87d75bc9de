using Workflows.Projects.Domain.Funding;

namespace Workflows.Projects.Funding;

public static class PaymentNames
{
    public static string Of(PaymentFund fund) => fund switch
    {
        PaymentFund.Construction => "建设资金",
        PaymentFund.Operation => "运维资金",
        _ => fund.ToString(),
    };
}
