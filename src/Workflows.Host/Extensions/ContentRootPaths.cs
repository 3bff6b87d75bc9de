namespace Workflows.Host.Extensions;

/// <summary>
/// Folders named in configuration are relative to the content root (<c>src/Workflows.Host</c> when run from
/// source), so <c>dotnet run</c> finds the repository's <c>workflows/</c> from any working directory.
/// </summary>
public static class ContentRootPaths
{
    public const string DefinitionsKey = "Workflows:DefinitionsPath";
    public const string CalendarKey = "Calendar:Directory";

    public static string Definitions(IConfiguration configuration, IHostEnvironment environment) =>
        Resolve(environment, configuration[DefinitionsKey] ?? Path.Combine("..", "..", "workflows"));

    /// <summary>Points <c>Calendar:Directory</c> at the repository's calendars unless it is set or they are absent.</summary>
    public static void ApplyCalendarDefault(IConfigurationManager configuration, IHostEnvironment environment)
    {
        var shipped = Resolve(environment, Path.Combine("..", "..", "workflows", "calendars"));
        if (string.IsNullOrEmpty(configuration[CalendarKey]) && Directory.Exists(shipped))
        {
            configuration[CalendarKey] = shipped;
        }
        else if (!string.IsNullOrEmpty(configuration[CalendarKey]))
        {
            configuration[CalendarKey] = Resolve(environment, configuration[CalendarKey]!);
        }
    }

    private static string Resolve(IHostEnvironment environment, string path) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
}
