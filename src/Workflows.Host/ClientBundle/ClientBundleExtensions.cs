using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace Workflows.Host.ClientBundle;

/// <summary>
/// Serves the web UI's bundle (wwwroot/dist, built by Vite) through <c>MapStaticAssets</c>: the gzip and Brotli copies the
/// build precompressed, chosen by the request's Accept-Encoding. Every script, style sheet and asset name carries Vite's
/// content hash, so a browser keeps them for a year without asking again (immutable); index.html, which names the current
/// ones, is revalidated on each load, so a deploy reaches every browser at its next page load.
/// </summary>
public static partial class ClientBundleExtensions
{
    public const string ImmutableCaching = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";
    private const string IndexFile = "dist/index.html";
    private const string ReloadAtRuntime = "ReloadStaticAssetsAtRuntime";

    /// <summary>Long-lived caching for the content-hashed files, set last so it wins over the static assets' defaults.</summary>
    public static WebApplication UseClientBundleCaching(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                var path = context.Request.Path.Value ?? "";
                if (ContentHashed().IsMatch(path))
                {
                    context.Response.OnStarting(() =>
                    {
                        if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                        {
                            context.Response.Headers.CacheControl = ImmutableCaching;
                        }

                        return Task.CompletedTask;
                    });
                }
            }

            return next(context);
        });
        return app;
    }

    /// <summary>The bundle's files, precompressed, and index.html (uncached) for every path of the single-page UI.</summary>
    public static WebApplication MapClientBundle(this WebApplication app)
    {
        // The files as the build listed them: the framework's reloading of files changed since the build would serve the
        // Brotli requests gzip bytes (it recompresses on the fly, as gzip only); a bundle built later goes through
        // UseStaticFiles, uncompressed, until the next build.
        app.Configuration[ReloadAtRuntime] ??= "false";
        app.MapStaticAssets().AllowAnonymous();
        app.MapFallbackToFile(IndexFile, new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] = Revalidate,
        }).AllowAnonymous();
        return app;
    }

    // Vite's names: `app-VcrkNNr1.js`, `chunks/TaskList-Bimsylhf.js`, `assets/app-14ks4Ipx.css`, and their source maps.
    [GeneratedRegex(@"^/dist/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+(\.map)?$")]
    private static partial Regex ContentHashed();
}
