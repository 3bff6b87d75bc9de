namespace Workflows.Host.Uploads;

/// <summary>Limits of uploaded files (<c>Attachments</c> section): project documents and task attachments alike.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Large enough for a scanned feasibility study, small enough for one database row.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Office documents, scans, archives and OFD (the national format of official documents).</summary>
    public IReadOnlyList<string> AllowedExtensions { get; set; } =
        [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".png", ".jpg", ".jpeg", ".zip", ".ofd"];
}
