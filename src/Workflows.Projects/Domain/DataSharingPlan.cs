namespace Workflows.Projects.Domain;

/// <summary>The data-sharing part every application must contain (art. 9).</summary>
public sealed class DataSharingPlan
{
    /// <summary>数据来源.</summary>
    public string Sources { get; set; } = "";

    /// <summary>数据格式.</summary>
    public string Formats { get; set; } = "";

    /// <summary>更新频率.</summary>
    public string UpdateFrequency { get; set; } = "";

    /// <summary>共享方式与范围.</summary>
    public string Sharing { get; set; } = "";

    /// <summary>开放方式与范围.</summary>
    public string Opening { get; set; } = "";

    /// <summary>
    /// 不互联共享: the system shares no data with any other (the plan's sharing part says why). Art. 11: no approval and no O&amp;M
    /// money unless the bureau records a justified exception.
    /// </summary>
    public bool SharesNothing { get; set; }

    public bool IsComplete =>
        new[] { Sources, Formats, UpdateFrequency, Sharing, Opening }.All(part => !string.IsNullOrWhiteSpace(part));
}
