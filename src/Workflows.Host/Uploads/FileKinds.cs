namespace Workflows.Host.Uploads;

/// <summary>
/// The content type of a stored file, from its whitelisted extension: never the uploader's claim, so that a
/// file declared as <c>text/html</c> cannot be served back as a page of this origin.
/// </summary>
public static class FileKinds
{
    private const string Binary = "application/octet-stream";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".zip"] = "application/zip",
        [".ofd"] = "application/ofd",
    };

    /// <summary>The type of a known kind; any other extension (an administrator may allow more) is plain bytes.</summary>
    public static string ContentTypeOf(string fileName) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), Binary);
}
