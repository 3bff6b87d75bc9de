using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Catalogue;

/// <summary>The catalogue's HTTP calls the catalogue tests share (art. 10).</summary>
internal static class CatalogueClient
{
    /// <summary>Lists a system of <paramref name="department"/> as <paramref name="client"/>: proposed by a clerk, confirmed by the bureau.</summary>
    public static async Task<Guid> ListAsync(HttpClient client, string department, string name, bool classified = false)
    {
        var response = await client.PostAsJsonAsync("/api/catalogue", new
        {
            departmentCode = department, name = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)], status = "Running",
            cloudResources = "部门机房服务器", dataResources = "业务办理数据", isClassified = classified,
        }).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> EntryAsync(HttpClient client, Guid systemId) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/catalogue")).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == systemId);

    /// <summary>The application of <paramref name="template"/> as JSON, its systems replaced by <paramref name="systemId"/>, under a new name.</summary>
    public static JsonObject ApplicationFor(JsonElement template, Guid systemId)
    {
        var application = JsonNode.Parse(template.GetProperty("application").GetRawText())!.AsObject();
        application["name"] = $"系统改造-{Guid.NewGuid():N}"[..14];
        application["systemIds"] = new JsonArray(JsonValue.Create(systemId));
        application["planEntryId"] = null;
        return application;
    }
}
