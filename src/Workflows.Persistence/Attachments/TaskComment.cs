namespace Workflows.Persistence.Attachments;

/// <summary>A remark left on a user task by someone who may see it; never edited, so the discussion stays on record.</summary>
public sealed class TaskComment
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public string Author { get; set; } = "";

    /// <summary>The author's display name when writing: the thread reads the same after a rename.</summary>
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
