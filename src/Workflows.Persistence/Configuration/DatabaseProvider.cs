namespace Workflows.Persistence.Configuration;

/// <summary>The value of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider { Sqlite, PostgreSql, SqlServer }
