using System.Text;

namespace Workflows.Host.Endpoints;

/// <summary>Reads a BPMN document sent as the raw request body (<c>application/xml</c>, <c>text/xml</c> or text).</summary>
public static class BpmnBody
{
    /// <summary>Far above any real process model, far below what would strain the server.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static readonly string[] ContentTypes = ["application/xml", "text/xml", "text/plain", "application/bpmn+xml"];

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not null && !ContentTypes.Contains(mediaType))
        {
            throw new BadHttpRequestException($"Send the BPMN XML as one of {string.Join(", ", ContentTypes)}.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBytes)
        {
            throw new BadHttpRequestException($"The document is larger than {MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
        }

        var text = new StringBuilder();
        var chunk = new char[16 * 1024];
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        int read;
        while ((read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
        {
            if (text.Length + read > MaxBytes)
            {
                throw new BadHttpRequestException($"The document is larger than {MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
            }

            text.Append(chunk, 0, read);
        }

        return text.Length == 0 ? throw new BadHttpRequestException("The request body is empty: send the BPMN XML.") : text.ToString();
    }
}
