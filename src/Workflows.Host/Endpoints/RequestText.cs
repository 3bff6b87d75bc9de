using System.Text;

namespace Workflows.Host.Endpoints;

/// <summary>Reads a document sent as the raw request body, refusing other media types, empty bodies and oversized ones.</summary>
public static class RequestText
{
    /// <summary>Far above any real process model or form, far below what would strain the server.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <param name="document">What the body holds, for the messages (<c>the BPMN XML</c>).</param>
    public static async Task<string> ReadAsync(HttpRequest request, string[] contentTypes, string document, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not null && !contentTypes.Contains(mediaType))
        {
            throw new BadHttpRequestException($"Send {document} as one of {string.Join(", ", contentTypes)}.", StatusCodes.Status415UnsupportedMediaType);
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

        return text.Length == 0 ? throw new BadHttpRequestException($"The request body is empty: send {document}.") : text.ToString();
    }
}
