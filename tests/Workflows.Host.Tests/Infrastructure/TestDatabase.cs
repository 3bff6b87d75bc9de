
namespace Workflows.Host.Tests.Infrastructure;

/// <summary>A fresh, uniquely named database of one provider, dropped when the fixture ends.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public override string ToString() => Provider;
}
