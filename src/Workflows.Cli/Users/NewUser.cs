namespace Workflows.Cli.Users;

/// <summary>What <c>workflows user create</c> was given.</summary>
/// <param name="Topics">For a worker account: the external task topics on its allow-list.</param>
internal sealed record NewUser(string Name, bool Admin, string? Role, string? Department, string? DisplayName, IReadOnlyList<string> Topics);
