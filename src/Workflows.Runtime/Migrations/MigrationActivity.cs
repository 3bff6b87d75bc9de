namespace Workflows.Runtime.Migrations;

/// <summary>An activity of a version that a token can rest at, for the mapping table.</summary>
/// <param name="Kind">What it must map to: <c>userTask</c>, <c>timerCatchEvent</c>, <c>subProcess</c>, …</param>
/// <param name="AttachedTo">The activity a boundary event sits on.</param>
public sealed record MigrationActivity(string Id, string? Name, string Kind, string? AttachedTo);
