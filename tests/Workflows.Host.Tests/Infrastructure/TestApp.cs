using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>The real host on a test database, with demo users seeded and the shipped definitions deployed.</summary>
public sealed class TestApp(TestDatabase database, string dataFolder) : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test@Demo123";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Workflows", database.ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Auth:MaxFailedAttempts", "3");
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(dataFolder, "mail"));
    }
}
