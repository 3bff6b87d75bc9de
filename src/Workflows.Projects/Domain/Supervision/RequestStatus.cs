namespace Workflows.Projects.Domain.Supervision;

/// <summary>The bureau's answer to a request of the department.</summary>
public enum RequestStatus
{
    Pending,
    Approved,
    Refused,

    /// <summary>Sent back to the department for more detail; the department's next request replaces it.</summary>
    Returned,
}
