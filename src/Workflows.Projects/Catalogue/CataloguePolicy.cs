using Microsoft.Extensions.Configuration;

namespace Workflows.Projects.Catalogue;

/// <summary>
/// Art. 10 leaves open whether the county's total of systems may grow; where the catalogue requires 只减不增 (never more systems
/// than the year before), <c>Catalogue:NoGrowth</c> (default true) flags every year whose total in service grew.
/// </summary>
public sealed record CataloguePolicy(bool NoGrowth)
{
    public static CataloguePolicy From(IConfiguration? configuration) =>
        new(!bool.TryParse(configuration?["Catalogue:NoGrowth"], out var noGrowth) || noGrowth);
}
