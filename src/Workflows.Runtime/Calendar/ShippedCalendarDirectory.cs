namespace Workflows.Runtime.Calendar;

/// <summary>
/// Finds the shipped holiday schedules: a configured <c>Calendar:Directory</c>, else <c>calendars/</c>
/// beside the binaries (copied there at build), else <c>workflows/calendars/</c> in the current
/// directory or one of its parents (running from a source checkout).
/// </summary>
public static class ShippedCalendarDirectory
{
    private static readonly string RepositoryRelativePath = Path.Combine("workflows", "calendars");

    public static string? Locate(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, "calendars");
        if (Directory.Exists(besideBinaries))
        {
            return besideBinaries;
        }
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RepositoryRelativePath);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
