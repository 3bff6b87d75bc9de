using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// SQL Server names a deadlock victim by its error number (1205), not by a SQLSTATE: the command is run again there
/// too, and answered 409 rather than 500 when every run loses. No SQL Server runs here, so the exception is made the
/// way SqlClient makes it from the server's error.
/// </summary>
public sealed class SqlServerTransientFailureTests
{
    [TestCase(1205)]
    [TestCase(3960)]
    public void ShouldTakeSqlServersDeadlockVictimAsARaceLost(int number)
    {
        var deadlock = SqlServerError(number);

        Assert.Multiple(() =>
        {
            Assert.That(TransientFailure.Is(deadlock), Is.True);
            Assert.That(TransientFailure.Is(new DbUpdateException("saving failed", deadlock)), Is.True, "as EF Core wraps it");
        });
    }

    [TestCase(2627)] // a unique key violated: running again cannot help
    [TestCase(547)] // a foreign key violated
    public void ShouldNotTakeOtherSqlServerErrorsAsARaceLost(int number) =>
        Assert.That(TransientFailure.Is(new DbUpdateException("saving failed", SqlServerError(number))), Is.False);

    private static SqlException SqlServerError(int number)
    {
        var error = (SqlError)Construct(typeof(SqlError), name => name switch
        {
            "infoNumber" => number,
            "errorMessage" => $"error {number}",
            _ => null,
        });
        var errors = (SqlErrorCollection)Construct(typeof(SqlErrorCollection), _ => null);
        typeof(SqlErrorCollection).GetMethod("Add", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethods(BindingFlags.Static | BindingFlags.NonPublic)
            .Where(method => method.Name == "CreateException")
            .OrderBy(method => method.GetParameters().Length)
            .First();
        var arguments = create.GetParameters().Select(parameter => parameter.ParameterType == typeof(SqlErrorCollection)
            ? errors
            : parameter.ParameterType == typeof(string) ? "16.0" : Default(parameter.ParameterType)).ToArray();
        var exception = (SqlException)create.Invoke(null, arguments)!;
        Assert.That(exception.Number, Is.EqualTo(number), "the test's SQL Server error");
        return exception;
    }

    // The internal constructor with the most parameters, each filled by name or with its type's default.
    private static object Construct(Type type, Func<string, object?> byName)
    {
        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .OrderByDescending(candidate => candidate.GetParameters().Length)
            .First();
        return constructor.Invoke(constructor.GetParameters()
            .Select(parameter => byName(parameter.Name!) ?? Default(parameter.ParameterType))
            .ToArray());
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
