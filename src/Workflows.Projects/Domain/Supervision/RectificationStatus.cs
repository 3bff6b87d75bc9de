namespace Workflows.Projects.Domain.Supervision;

public enum RectificationStatus
{
    /// <summary>Ordered; the department is rectifying.</summary>
    Open,

    /// <summary>Verified compliant by the bureau.</summary>
    Compliant,

    /// <summary>Refused, non-compliant or late: payments suspended, a second limit runs.</summary>
    PaymentsSuspended,

    /// <summary>Still non-compliant after the second limit: the project was terminated.</summary>
    ProjectTerminated,
}
