namespace Workflows.Projects.Projects.Queries.FindProjectKeys;

/// <summary>A project as a business key names it: by id (the processes started from the UI) or by code.</summary>
public sealed record ProjectKey(Guid Id, string Code, string Name)
{
    public bool IsNamedBy(string? businessKey) =>
        businessKey is not null && (businessKey == Code || (Guid.TryParse(businessKey, out var id) && id == Id));
}
