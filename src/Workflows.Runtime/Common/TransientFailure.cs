using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Workflows.Runtime.Common;

/// <summary>
/// A server database's verdict that a transaction lost a race it could not wait out and was rolled back whole:
/// PostgreSQL's deadlock or serialization failure (SQLSTATE 40P01, 40001), SQL Server's deadlock victim (error 1205)
/// or snapshot update conflict (3960). Running the command again is safe and usually succeeds.
/// </summary>
public static class TransientFailure
{
    private const string DeadlockDetected = "40P01";
    private const string SerializationFailure = "40001";

    // SqlClient sets no SQLSTATE: SQL Server names the verdict by its error number.
    private const int SqlServerDeadlockVictim = 1205;
    private const int SqlServerSnapshotUpdateConflict = 3960;

    public static bool Is(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DbException { SqlState: DeadlockDetected or SerializationFailure }:
                case SqlException { Number: SqlServerDeadlockVictim or SqlServerSnapshotUpdateConflict }:
                    return true;
            }
        }
        return false;
    }
}
