using Hangfire.Logging;

namespace Workflows.Runtime.Tests.Support;

/// <summary>
/// Hangfire logs through a process-wide provider that the last configured host sets to its own logger
/// factory; once that host is disposed, every later Hangfire logger throws. Test hosts install this
/// silent provider before they touch Hangfire, so earlier fixtures cannot break them.
/// </summary>
public sealed class QuietHangfireLog : ILogProvider, ILog
{
    public static void Install() => LogProvider.SetCurrentLogProvider(new QuietHangfireLog());

    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
}
