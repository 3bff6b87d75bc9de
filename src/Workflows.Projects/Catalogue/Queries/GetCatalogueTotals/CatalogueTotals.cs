namespace Workflows.Projects.Catalogue.Queries.GetCatalogueTotals;

/// <summary>The county's total of catalogued systems per year (art. 10), oldest year first, under the 只减不增 policy or not.</summary>
public sealed record CatalogueTotals(bool NoGrowthRequired, IReadOnlyList<CatalogueYear> Years);
