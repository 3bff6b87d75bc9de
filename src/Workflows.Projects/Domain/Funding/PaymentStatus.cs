namespace Workflows.Projects.Domain.Funding;

public enum PaymentStatus
{
    /// <summary>Requested (申请拨付), not yet paid.</summary>
    Requested,

    /// <summary>Paid out by finance (已拨付).</summary>
    Disbursed,
}
