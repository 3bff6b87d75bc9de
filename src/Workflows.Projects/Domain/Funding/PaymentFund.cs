namespace Workflows.Projects.Domain.Funding;

/// <summary>The two kinds of money finance provides to a project (art. 13).</summary>
public enum PaymentFund
{
    /// <summary>建设资金.</summary>
    Construction,

    /// <summary>运维资金.</summary>
    Operation,
}
