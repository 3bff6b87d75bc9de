using System.Net;
using System.Text.RegularExpressions;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Security;

public sealed partial class SecurityHeadersTests(string provider) : HostFixture(provider)
{
    [TestCase("/")]
    [TestCase("/login")]
    [TestCase("/health")]
    [TestCase("/api/docs")]
    [TestCase("/api/tasks")]
    [TestCase("/api/no-such-thing")]
    public async Task ShouldSendTheSecurityHeadersOnEveryResponse(string path)
    {
        var response = await Anonymous().GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(policy, Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'"));
        Assert.That(ExternalOrigin().IsMatch(policy), Is.False, policy);
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("same-origin"));
    }

    [Test]
    public async Task ShouldAllowNoInlineScriptInTheApplication()
    {
        var response = await Anonymous().GetAsync("/");

        var scripts = response.Headers.GetValues("Content-Security-Policy").Single().Split(';').Single(d => d.Trim().StartsWith("script-src"));
        Assert.That(scripts.Trim(), Is.EqualTo("script-src 'self'"));
    }

    [Test]
    public async Task ShouldServeTheApiReferenceWithoutAssetsFromAnotherOrigin()
    {
        var response = await Anonymous().GetAsync("/api/docs");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ExternalAsset().Matches(html).Select(match => match.Value), Is.Empty);
        Assert.That(html, Does.Not.Contain("fonts.scalar.com").And.Not.Contain("cdn.jsdelivr.net"));
    }

    [GeneratedRegex(@"https?:|\*|wss?:")]
    private static partial Regex ExternalOrigin();

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?(https?:)?//[^""'\s>]+", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAsset();
}
