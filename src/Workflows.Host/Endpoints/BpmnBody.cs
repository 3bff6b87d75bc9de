namespace Workflows.Host.Endpoints;

/// <summary>Reads a BPMN document sent as the raw request body (<c>application/xml</c>, <c>text/xml</c> or text).</summary>
public static class BpmnBody
{
    public static readonly string[] ContentTypes = ["application/xml", "text/xml", "text/plain", "application/bpmn+xml"];

    public static Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RequestText.ReadAsync(request, ContentTypes, "the BPMN XML", cancellationToken);
}
