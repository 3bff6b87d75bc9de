using Microsoft.AspNetCore.Hosting;

namespace Workflows.Host.Tests.Browser;

/// <summary>What a browser test needs on the machine: Debian's Chromium and the built front-end bundle.</summary>
public static class BrowserPrerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Fails the fixture when Chromium is absent: browser tests are never skipped (`tests/run` installs it as root).</summary>
    public static void RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Browser tests need Chromium at {ChromiumPath} (apt-get install -y chromium).");
        }
    }

    /// <summary>Fails with the fix when the host serves no bundle: the bundle is built explicitly, never by dotnet build.</summary>
    public static void RequireBundle(IWebHostEnvironment environment)
    {
        if (!environment.WebRootFileProvider.GetFileInfo("dist/index.html").Exists)
        {
            Assert.Fail($"The web UI bundle is missing from {environment.WebRootPath}/dist: "
                + "run `npm ci && npm run build` in src/Workflows.Host/ClientApp first.");
        }
    }
}
