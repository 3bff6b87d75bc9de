using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Workflows.Host.Security;

/// <summary>
/// Behind the shipped nginx, which terminates TLS: the scheme and client address come from its
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> headers, so cookies are <c>Secure</c> and HSTS is sent.
/// Only proxies listed in <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c> (default: this machine) are believed.
/// </summary>
public static class ReverseProxyExtensions
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddWorkflowsReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length == 0 && networks.Length == 0)
            {
                return;
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }
}
