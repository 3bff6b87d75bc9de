using System.Text.Json;
using Workflows.Host.Authorization;
using Workflows.Runtime.Durable;

namespace Workflows.Host.Forms;

/// <summary>Variables no task or message may overwrite, even on a task without a form: authorization depends on them.</summary>
public static class ReservedVariables
{
    private static readonly string[] Names = [DepartmentVariable.Name, ProjectBinding.Variable];

    public static IDictionary<string, string[]> Check(IReadOnlyDictionary<string, JsonElement> variables) =>
        variables.Keys.Where(Names.Contains)
            .ToDictionary(name => name, _ => new[] { "该变量只能在启动时设置 (set only when the process starts)" });
}
