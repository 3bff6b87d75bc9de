using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Modules;
using Workflows.Projects.Domain;

namespace Workflows.Persistence.SqlServer;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider, the Projects module's tables included; never connects.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    public WorkflowsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkflowsDbContext>();
        options.UseWorkflowsDatabase(DatabaseProvider.SqlServer, DesignTimeConnectionString)
            .AddModelContributors([new ProjectsModel()]);
        return new WorkflowsDbContext(options.Options);
    }

    private const string DesignTimeConnectionString = "Server=localhost;Database=workflows;TrustServerCertificate=True";
}
