using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Workflows.Persistence.Rows;

/// <summary>
/// Connections kept open for the plain reads a command makes outside any transaction (<see cref="DirectRowReader"/>:
/// on SQLite a task completion reads its task and instance before the write gate), on which those reads stay prepared
/// (<see cref="PreparedCommands"/>) instead of being parsed again at every command on a pooled connection that EF Core
/// opens and closes around each read. Each connection serves one read at a time: a read takes one, or opens one when
/// none is free, and gives it back after. A read outside a transaction sees the last committed rows on any connection,
/// so which one serves it changes nothing a command reads. Registered for SQLite only.
/// </summary>
public sealed class KeptReaders(Func<(DbConnection Connection, IDisposable Owner)> open) : IDisposable
{
    private static readonly ConditionalWeakTable<IDbContextOptions, StrongBox<KeptReaders?>> ByOptions = [];

    // More than the reads that run at once on this machine's cores only keeps idle connections (and their memory).
    private readonly int limit = Math.Max(4, Environment.ProcessorCount * 2);
    private readonly Stack<(DbConnection Connection, IDisposable Owner)> idle = [];
    private bool disposed;

    /// <summary>The kept readers of <paramref name="db"/>'s application, none when it registers none.</summary>
    internal static KeptReaders? Of(DbContext db) =>
        ByOptions.GetValue(db.GetService<IDbContextOptions>(), static options => new StrongBox<KeptReaders?>(
            options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(KeptReaders)) as KeptReaders)).Value;

    /// <summary>A connection for one read; null once disposed.</summary>
    internal (DbConnection Connection, IDisposable Owner)? Rent()
    {
        lock (idle)
        {
            if (disposed)
                return null;
            if (idle.TryPop(out var kept))
                return kept;
        }
        return open();
    }

    /// <summary>Takes back a connection after a read that completed; one whose read failed is closed instead.</summary>
    internal void Return((DbConnection Connection, IDisposable Owner) kept, bool completed)
    {
        lock (idle)
        {
            if (completed && !disposed && idle.Count < limit)
            {
                idle.Push(kept);
                return;
            }
        }
        kept.Owner.Dispose();
    }

    public void Dispose()
    {
        List<(DbConnection Connection, IDisposable Owner)> closing;
        lock (idle)
        {
            disposed = true;
            closing = [.. idle];
            idle.Clear();
        }
        foreach (var kept in closing)
            kept.Owner.Dispose();
    }
}
