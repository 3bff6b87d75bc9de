namespace Workflows.Host.Seeding;

/// <summary>A demo account: one per party of the measures, plus two department clerks and a township clerk.</summary>
public sealed record DemoUser(string UserName, string DisplayName, string? DepartmentCode, params string[] Roles);
