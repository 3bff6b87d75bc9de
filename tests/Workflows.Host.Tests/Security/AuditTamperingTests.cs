using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;

namespace Workflows.Host.Tests.Security;

/// <summary>Item 20: a row edited in the database breaks the SM3 chain, and verification names that row.</summary>
public sealed class AuditTamperingTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldNameTheRowEditedInTheDatabaseWhenVerifying()
    {
        foreach (var userName in new[] { "finance", "county", "dgsc" })
            await Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword }).EnsureSuccessAsync();
        var bureau = await SignInAsync("bureau");
        var edited = (await bureau.GetFromJsonAsync<JsonElement[]>("/api/audit?take=3"))!.Last().GetProperty("sequence").GetInt64();
        var before = await bureau.GetFromJsonAsync<JsonElement>("/api/audit/verify");

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Database
                .ExecuteSqlAsync($"UPDATE audit_log SET actor = 'someone-else' WHERE sequence = {edited}");
        }

        var after = await bureau.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.That(before.GetProperty("intact").GetBoolean(), Is.True, before.ToString());
        Assert.That(after.GetProperty("intact").GetBoolean(), Is.False, after.ToString());
        Assert.That(after.GetProperty("brokenAt").GetInt64(), Is.EqualTo(edited));
    }
}
