using System.Net.Http.Json;
using System.Text.Json;

namespace Workflows.Host.Tests.Infrastructure;

public static class ResponseAssertions
{
    /// <summary>Like <c>EnsureSuccessStatusCode</c>, but the failure names the problem the server answered.</summary>
    public static async Task<HttpResponseMessage> EnsureSuccessAsync(this Task<HttpResponseMessage> pending)
    {
        var response = await pending;
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: "
                + await response.Content.ReadAsStringAsync());
        }

        return response;
    }

    /// <summary>The keys of a problem details answer's <c>errors</c>: the articles or fields it names.</summary>
    public static async Task<IReadOnlyList<string>> ProblemKeysAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];
    }
}
