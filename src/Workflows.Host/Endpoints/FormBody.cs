namespace Workflows.Host.Endpoints;

/// <summary>Reads a form-js schema sent as the raw request body, so that a malformed one gets a problem keyed <c>schema</c>.</summary>
public static class FormBody
{
    public static readonly string[] ContentTypes = ["application/json", "text/plain"];

    public static Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RequestText.ReadAsync(request, ContentTypes, "the form-js schema", cancellationToken);
}
