namespace Workflows.Runtime.Instances.ListInstances;

/// <summary>What an instance list is ordered by (the instance id breaks ties, so pages never overlap).</summary>
public enum InstanceSort
{
    /// <summary>The start time.</summary>
    Started,

    /// <summary>The end time; running instances (no end yet) come last in either direction.</summary>
    Ended,

    /// <summary>The definition key, then its version, then the start time.</summary>
    Definition,
}
