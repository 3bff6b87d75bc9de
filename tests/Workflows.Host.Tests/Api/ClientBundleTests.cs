using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The web UI's files as a browser fetches them: index.html always revalidated, the content-hashed scripts and style
/// sheets it names cached for a year (immutable) and sent precompressed, Brotli or gzip as the browser accepts. The host
/// runs in Production, as deployed, with the bundle where the build left it.
/// </summary>
public sealed partial class ClientBundleTests(string provider) : HostFixture(provider)
{
    private const string Immutable = "public, max-age=31536000, immutable";

    private WebApplicationFactory<Program> production = null!;

    // The bundle's files and their compressed copies where the build left them, as publish puts them in wwwroot.
    [OneTimeSetUp]
    public void StartProductionHost() => production = App.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseStaticWebAssets());

    [OneTimeTearDown]
    public async Task StopProductionHostAsync() => await production.DisposeAsync();

    [TestCase("/")]
    [TestCase("/inbox")]
    [TestCase("/projects/0195f3c8-0000-7000-8000-000000000000")]
    public async Task ShouldServeThePageUncachedNamingTheHashedEntry(string path)
    {
        var response = await Browser().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True, response.Headers.CacheControl?.ToString());
        Assert.That(EntryScript().IsMatch(await response.Content.ReadAsStringAsync()), Is.True, "index.html names the entry by its content hash");
    }

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task ShouldSendTheHashedScriptAndStylesCompressedAndImmutable(string encoding)
    {
        foreach (var path in await BundleFilesAsync())
        {
            var plain = await Browser().GetAsync(path);
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var compressed = await Browser().SendAsync(request);

            Assert.That(compressed.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That(compressed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }), path);
            Assert.That(compressed.Headers.GetValues("Cache-Control").Single(), Is.EqualTo(Immutable), path);
            Assert.That(plain.Headers.GetValues("Cache-Control").Single(), Is.EqualTo(Immutable), path);
            var original = await plain.Content.ReadAsByteArrayAsync();
            var sent = await compressed.Content.ReadAsByteArrayAsync();
            // Script and styles shrink to well under half; a file of a few hundred bytes (the bundler's runtime) only a little.
            Assert.That(sent, Has.Length.LessThan(original.Length > 4096 ? original.Length / 2 : original.Length), $"{path} is compressed");
            Assert.That(Decompress(sent, encoding), Is.EqualTo(original), $"{path} decompresses to the file");
        }
    }

    [Test]
    public async Task ShouldSendTheScriptUncompressedToABrowserThatAcceptsNoEncoding()
    {
        var path = (await BundleFilesAsync())[0];

        var response = await Browser().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
    }

    private HttpClient Browser() => production.CreateClient();

    // Every script and style sheet index.html names: the entry first, then the chunks it preloads and the style sheets.
    private async Task<string[]> BundleFilesAsync()
    {
        var html = await Browser().GetStringAsync("/");
        var files = BundleFile().Matches(html).Select(match => match.Groups["path"].Value).ToArray();
        Assert.That(files, Is.Not.Empty, html);
        Assert.That(files[0], Does.Match("^/dist/app-[A-Za-z0-9_-]{8}\\.js$"), html);
        Assert.That(files, Has.Some.EndsWith(".css"), html);
        return files;
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("""<script type="module"[^>]* src="/dist/app-[A-Za-z0-9_-]{8}\.js">""")]
    private static partial Regex EntryScript();

    [GeneratedRegex(""""(?:src|href)="(?<path>/dist/[^"]+-[A-Za-z0-9_-]{8}\.(?:js|css))"""")]
    private static partial Regex BundleFile();
}
