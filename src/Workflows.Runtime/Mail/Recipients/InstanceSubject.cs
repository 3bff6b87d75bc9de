namespace Workflows.Runtime.Mail.Recipients;

/// <summary>
/// The record an instance is about: its <paramref name="Name"/>, the web UI page that shows it (<paramref name="Path"/>, relative
/// to <c>Mail:BaseUrl</c>) and the departments it belongs to, whose clerks hear how the instance ended.
/// </summary>
public sealed record InstanceSubject(string Name, string Path, IReadOnlyCollection<string> DepartmentCodes);
