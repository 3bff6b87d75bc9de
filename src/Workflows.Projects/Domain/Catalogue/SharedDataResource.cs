namespace Workflows.Projects.Domain.Catalogue;

/// <summary>
/// Arts. 23, 31, 34: a data resource a system shares, listed on its catalogue entry once its project passed acceptance, taken
/// from the project's data-sharing plan, with the party responsible for its quality (谁采集、谁负责).
/// </summary>
public sealed class SharedDataResource
{
    public Guid Id { get; set; }
    public Guid SystemId { get; set; }

    /// <summary>The accepted project whose data-sharing plan listed the resource.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>数据来源.</summary>
    public string Sources { get; set; } = "";

    public string Formats { get; set; } = "";

    public string UpdateFrequency { get; set; } = "";

    /// <summary>共享方式与范围.</summary>
    public string Sharing { get; set; } = "";

    /// <summary>数据质量责任方: whoever collects or checks the data.</summary>
    public string ResponsibleParty { get; set; } = "";

    public DateTimeOffset ListedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}
