using Mediator;
using Workflows.Host.Seeding;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.DeployDirectory;
using Workflows.Runtime.Storage;

namespace Workflows.Host.Extensions;

/// <summary>What runs once before the host serves: migrations, roles, demo data and the shipped definitions.</summary>
public static class StartupExtensions
{
    public static async Task PrepareWorkflowsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await DatabaseMigrator.MigrateAsync(services, app.Lifetime.ApplicationStopping);

        var seeder = services.GetRequiredService<DemoSeeder>();
        await seeder.SeedRolesAsync();
        if (app.Configuration.GetValue("Seed:Demo", app.Environment.IsDevelopment()))
        {
            var password = app.Configuration["Seed:DemoPassword"]
                ?? throw new InvalidOperationException("Seed:Demo is on but Seed:DemoPassword is not set.");
            if (!app.Environment.IsDevelopment() && password == DemoData.PublishedPassword)
            {
                throw new InvalidOperationException(
                    $"Seed:DemoPassword is the published demo password, refused in {app.Environment.EnvironmentName}: set another one or turn Seed:Demo off.");
            }

            await seeder.SeedDemoAsync(password, app.Lifetime.ApplicationStopping);
            app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
                "Sign in at {Urls} as one of the demo users (bureau is the administrator)", string.Join(" ", app.Urls)));
        }

        await DeployShippedDefinitionsAsync(app, services);
    }

    private static async Task DeployShippedDefinitionsAsync(WebApplication app, IServiceProvider services)
    {
        var path = ContentRootPaths.Definitions(app.Configuration, app.Environment);
        if (!Directory.Exists(path))
        {
            app.Logger.LogWarning("No definitions deployed: {Path} does not exist (Workflows:DefinitionsPath)", path);
            return;
        }

        IReadOnlyList<DeployedFile> deployed;
        try
        {
            deployed = await services.GetRequiredService<IMediator>().Send(new DeployDirectory(path, "system"), app.Lifetime.ApplicationStopping);
        }
        catch (InvalidRequestException invalid)
        {
            // The versions already published keep running; an administrator fixes the files and deploys again.
            app.Logger.LogError("Definitions in {Path} not deployed:{NewLine}{Problems}", path, Environment.NewLine, invalid.Message);
            return;
        }

        foreach (var file in deployed.Where(file => file.Outcome.Published))
        {
            app.Logger.LogInformation("Deployed {File} as {Key} version {Version}", file.File, file.Outcome.Key, file.Outcome.Version);
        }
    }
}
