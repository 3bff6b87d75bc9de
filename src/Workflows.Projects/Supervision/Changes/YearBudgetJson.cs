using System.Text.Json;

namespace Workflows.Projects.Supervision.Changes;

/// <summary>How a change request stores its new yearly split (<c>[{"year":2026,"amount":600000}]</c>).</summary>
public static class YearBudgetJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
