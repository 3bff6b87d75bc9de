using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>The real host on a test database, with demo users seeded and the shipped definitions deployed.</summary>
/// <param name="definitionsPath">The folder deployed at start; null for the shipped <c>workflows/</c>.</param>
/// <param name="time">The host's clock; null for the system clock.</param>
/// <param name="configure">What a fixture changes on top: settings, services.</param>
public sealed class TestApp(
    TestDatabase database, string dataFolder, string? definitionsPath = null, TimeProvider? time = null, Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test@Demo123";

    /// <summary>The upload limit of the tests: 1 MB, so that the oversized upload stays small.</summary>
    public const int UploadLimitBytes = 1024 * 1024;

    /// <summary>The test form (deployed at start) that <see cref="TestBpmnPath"/> uses.</summary>
    public static readonly string TestDefinitionsPath = Path.Combine(AppContext.BaseDirectory, "Assets", "definitions");

    /// <summary>A department task with a form, then a finance task: published through the API by the tests.</summary>
    public static readonly string TestBpmnPath = Path.Combine(AppContext.BaseDirectory, "Assets", "host-test.bpmn");

    /// <summary>Every line the host logged, structured.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Workflows", database.ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Auth:MaxFailedAttempts", "3");
        builder.UseSetting("Attachments:MaxBytes", UploadLimitBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:PickupDirectory", Path.Combine(dataFolder, "mail"));
        if (definitionsPath is not null)
        {
            builder.UseSetting("Workflows:DefinitionsPath", definitionsPath);
        }

        if (time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }

        configure?.Invoke(builder);
    }
}
