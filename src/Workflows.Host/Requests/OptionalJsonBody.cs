using System.Text.Json;
using Workflows.Runtime.Common;

namespace Workflows.Host.Requests;

/// <summary>
/// Reads a JSON body the caller may leave out. A body parameter would make routing pass a body-less POST by (to the
/// catch-all 404), so endpoints whose body is optional read it here instead.
/// </summary>
public static class OptionalJsonBody
{
    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType() || request.ContentLength == 0)
            return null;
        try
        {
            return await request.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (JsonException)
        {
            throw new InvalidRequestException([new Problem("body", "请求正文不是有效的 JSON (the body is not valid JSON)")]);
        }
    }
}
