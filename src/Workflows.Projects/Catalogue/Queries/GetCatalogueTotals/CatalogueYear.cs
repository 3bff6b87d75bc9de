namespace Workflows.Projects.Catalogue.Queries.GetCatalogueTotals;

/// <summary>
/// One year of the catalogue: systems the bureau confirmed and retired in it, the total in service at its end and the change
/// from the year before; <paramref name="Flagged"/> when the total grew where 只减不增 is required.
/// </summary>
public sealed record CatalogueYear(int Year, int Confirmed, int Retired, int InService, int Growth, bool Flagged);
