namespace Workflows.Projects.Domain;

/// <summary>The project's standing on a new dedicated business network (art. 11).</summary>
public enum DedicatedNetworkStatus
{
    NotRequested,
    Requested,
    Consented,
    Refused,
}
