using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Tasks.Queries.GetTaskDocuments;

/// <summary>One document of a task: its kind, its Chinese name, whether the task needs it and whether it is on file.</summary>
public sealed record TaskDocument(DocumentKind Kind, string Label, bool Required, bool Present);
