using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.Modules;

namespace Workflows.Projects.Domain;

/// <summary>The measures' tables (projects, reviews, filings, funding, catalogue, supervision...): every entity configuration of this module.</summary>
public sealed class ProjectsModel : IModelContributor
{
    public void Contribute(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProjectsModel).Assembly);
}
