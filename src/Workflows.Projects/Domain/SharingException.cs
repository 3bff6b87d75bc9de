namespace Workflows.Projects.Domain;

/// <summary>The bureau's justified exception for a project that does not interconnect and share (art. 11).</summary>
public sealed class SharingException
{
    public string Reason { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTimeOffset DecidedAt { get; set; }
}
