using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Rows;

namespace Workflows.Runtime.Common;

/// <summary>
/// SQLite's one long-lived writer connection, used only by the holder of the <see cref="WriteGate"/>: every command
/// saves and commits on it, and the hot statements stay prepared on it (<see cref="PreparedCommands"/>) instead of
/// being parsed again at every command, as they are on the pooled connections EF Core opens and closes. It is opened
/// through a context of its own, so the connection interceptors (the pragmas: WAL, <c>synchronous</c>, busy timeout)
/// configure it exactly like every other connection. The connections of <see cref="KeptReaders"/> are opened and kept
/// the same way.
/// </summary>
public sealed class WriterConnection : IDisposable
{
    private readonly IServiceScope scope;

    private WriterConnection(IServiceScope scope, SqliteConnection connection)
    {
        this.scope = scope;
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>Opens the writer connection with the configured context's options.</summary>
    public static WriterConnection Open(IServiceProvider services)
    {
        var scope = services.CreateScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            db.Database.OpenConnection();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            PreparedCommands.Keep(connection);
            return new WriterConnection(scope, connection);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        PreparedCommands.Release(Connection);
        scope.Dispose();
    }
}
