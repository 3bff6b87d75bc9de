using System.Text.Json;
using Workflows.Engine.Execution;

namespace Workflows.Runtime.Durable;

/// <summary>
/// The <c>departmentCode</c> process variable, set at start to the starter's department (or, in a multi-instance
/// over co-building departments, the element variable of each): copied onto the instance and its tasks so that
/// a clerk's inbox is one indexed query restricted to their own department.
/// </summary>
public static class DepartmentVariable
{
    public const string Name = "departmentCode";

    public static string? Of(ProcessInstance instance) => AsCode(instance.Variables);

    /// <summary>The value seen from <paramref name="executionId"/>: the nearest local variable, else the instance's.</summary>
    public static string? At(ProcessInstance instance, Guid executionId)
    {
        var executions = instance.Executions.ToDictionary(execution => execution.Id);
        for (Guid? id = executionId; id is { } current && executions.TryGetValue(current, out var execution); id = execution.ParentId)
        {
            if (execution.Variables is { } local && local.ContainsKey(Name))
            {
                return AsCode(local);
            }
        }

        return Of(instance);
    }

    private static string? AsCode(IReadOnlyDictionary<string, JsonElement> variables) =>
        variables.TryGetValue(Name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
