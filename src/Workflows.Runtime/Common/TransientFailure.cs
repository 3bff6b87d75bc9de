using System.Data.Common;

namespace Workflows.Runtime.Common;

/// <summary>
/// A server database's verdict that a transaction lost a race it could not wait out (PostgreSQL's deadlock or
/// serialization failure) and was rolled back whole: running the command again is safe and usually succeeds.
/// </summary>
public static class TransientFailure
{
    private const string DeadlockDetected = "40P01";
    private const string SerializationFailure = "40001";

    public static bool Is(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { SqlState: DeadlockDetected or SerializationFailure })
                return true;
        }
        return false;
    }
}
