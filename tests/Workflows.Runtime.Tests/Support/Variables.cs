using System.Text.Json;

namespace Workflows.Runtime.Tests.Support;

public static class Variables
{
    public static IReadOnlyDictionary<string, JsonElement> Of(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));
}
