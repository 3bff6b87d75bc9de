using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Workflows.Cli.Bench;

/// <summary>
/// Counts every statement SQLite runs on the benchmark's connections, <c>BEGIN</c> and <c>COMMIT</c> included and
/// whichever code issued it (EF Core or the plain row statements), through SQLite's profile hook, which SQLite calls
/// once as each run of a statement ends. Not the legacy trace hook: for it SQLite writes out every statement's text
/// with its values (tokenizing it again and looking each named parameter up by name), about a tenth of the CPU per
/// command the bench reported; and it also reported each trigger program that ran as a statement of its own.
/// </summary>
internal sealed class SqliteStatementTrace(StatementCounter counter) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<sqlite3, object> traced = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Trace(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Trace(connection);
        return Task.CompletedTask;
    }

    private void Trace(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || traced.TryGetValue(handle, out _))
            return;
        raw.sqlite3_profile(handle, static (object state, utf8z _, long _) => ((StatementCounter)state).Add(), counter);
        traced.AddOrUpdate(handle, handle);
    }
}
