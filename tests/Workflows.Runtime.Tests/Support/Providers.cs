namespace Workflows.Runtime.Tests.Support;

/// <summary>The providers every provider-sensitive fixture runs on.</summary>
public static class Providers
{
    public static readonly string[] All = ["Sqlite", "PostgreSql"];
}
