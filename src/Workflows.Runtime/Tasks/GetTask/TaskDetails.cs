using System.Text.Json;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.GetTask;

/// <summary>A task as its form needs it; <see cref="FormSchema"/> is the form-js JSON, null without a deployed form.</summary>
public sealed record TaskDetails(
    TaskSummary Task,
    IReadOnlyList<string> CandidateUsers,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyDictionary<string, JsonElement> Variables,
    string? FormSchema,
    string? DepartmentCode = null);
