using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>A second host on the fixture's database in the Production environment, as deployed behind nginx.</summary>
public sealed class ProductionHost(TestApp app) : IAsyncDisposable
{
    /// <summary>The address of the nginx of <c>deploy/</c>, on the same machine.</summary>
    public static readonly IPAddress Proxy = IPAddress.Loopback;

    private readonly WebApplicationFactory<Program> factory = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

    public HttpClient CreateClient() => factory.CreateClient();

    /// <summary>A client whose requests arrive from <paramref name="remote"/> for the public host name.</summary>
    public HttpClient CreateClientFrom(IPAddress remote) =>
        new(factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = remote))
        {
            BaseAddress = new Uri("http://workflows.county.gov.cn"),
        };

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
