using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Tests.Security;

/// <summary>An unknown user name costs a password hash like a known one, so the answer's timing tells no user names.</summary>
public sealed class SignInTimingTests(string provider) : HostFixture(provider)
{
    private readonly CountingPasswordHasher hasher = new();

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<WorkflowsUser>>(hasher));

    [Test]
    public async Task ShouldVerifyAPasswordHashForAnUnknownUser()
    {
        var before = hasher.Verifications;

        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "nobody-at-all", password = "Wrong#Pass2026" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(hasher.Verifications - before, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldVerifyAPasswordHashForAKnownUserWithAWrongPassword()
    {
        var before = hasher.Verifications;

        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "approval", password = "Wrong#Pass2026" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(hasher.Verifications - before, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldVerifyAPasswordHashWhenThePasswordIsEmpty()
    {
        var before = hasher.Verifications;

        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName = "approval", password = "" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(hasher.Verifications - before, Is.EqualTo(1));
    }

    private sealed class CountingPasswordHasher : PasswordHasher<WorkflowsUser>
    {
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public override PasswordVerificationResult VerifyHashedPassword(WorkflowsUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
