namespace Workflows.Cli.Users;

/// <summary>What <c>workflows user create</c> was given.</summary>
internal sealed record NewUser(string Name, bool Admin, string? Role, string? Department, string? DisplayName);
