using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Modules;
using Workflows.Projects.Domain;

namespace Workflows.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider, the Projects module's tables included; never connects.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    public WorkflowsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkflowsDbContext>();
        options.UseWorkflowsDatabase(DatabaseProvider.PostgreSql, DesignTimeConnectionString)
            .AddModelContributors([new ProjectsModel()]);
        return new WorkflowsDbContext(options.Options);
    }

    private const string DesignTimeConnectionString = "Host=localhost;Database=workflows";
}
