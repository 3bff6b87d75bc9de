namespace Workflows.Runtime.Incidents;

/// <summary>Configuration section <c>Incidents</c>: who hears of a failure besides the user who ran into it.</summary>
public sealed class IncidentOptions
{
    public const string Section = "Incidents";

    /// <summary>The roles mailed when an incident is raised. Null keeps the default, the platform's administrators;
    /// the binder would otherwise append to a default array instead of replacing it.</summary>
    public string[]? NotifyGroups { get; set; }

    public IReadOnlyList<string> EffectiveNotifyGroups => NotifyGroups ?? ["admin"];
}
