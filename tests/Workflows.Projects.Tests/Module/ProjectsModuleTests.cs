using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Projects.Domain;
using Workflows.Runtime.Deadlines;
using Workflows.Runtime.Mail.Recipients;

namespace Workflows.Projects.Tests.Module;

/// <summary>What the platform's features learn of the measures from the module: whose tasks are department-scoped
/// (the inbox's and the mails' rule) and whom an overdue task escalates to (arts. 18, 25).</summary>
public sealed class ProjectsModuleTests
{
    [Test]
    public void ShouldScopeDepartmentAndTownshipGroupsToTheirOwnDepartment()
    {
        using var services = Compose([]);
        var scoped = services.GetRequiredService<DepartmentScopedGroups>();

        Assert.Multiple(() =>
        {
            Assert.That(ProjectRoles.DepartmentScoped.All(scoped.Contains), Is.True);
            Assert.That(ProjectRoles.All.Except(ProjectRoles.DepartmentScoped).Any(scoped.Contains), Is.False);
        });
    }

    [Test]
    public void ShouldEscalateOverdueTasksToTheBureauAndFinance()
    {
        using var services = Compose([]);

        Assert.That(services.GetRequiredService<IOptions<DeadlineOptions>>().Value.EffectiveEscalationGroups,
            Is.EqualTo(new[] { ProjectRoles.Bureau, ProjectRoles.Finance }));
    }

    [Test]
    public void ShouldLetConfigurationChooseOtherEscalationGroups()
    {
        using var services = Compose(new() { ["Deadlines:EscalationGroups:0"] = ProjectRoles.CountyGovernment });

        Assert.That(services.GetRequiredService<IOptions<DeadlineOptions>>().Value.EffectiveEscalationGroups,
            Is.EqualTo(new[] { ProjectRoles.CountyGovernment }));
    }

    private static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        settings["Database:Provider"] = "Sqlite";
        settings["ConnectionStrings:Workflows"] = "Data Source=:memory:";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddWorkflows(configuration);
        return services.BuildServiceProvider();
    }
}
