using System.Text.Json;
using Workflows.Runtime.Durable;

namespace Workflows.Host.Forms;

/// <summary>Variables no task may overwrite, even one without a form: authorization depends on them.</summary>
public static class ReservedVariables
{
    private static readonly string[] Names = [DepartmentVariable.Name];

    public static IDictionary<string, string[]> Check(IReadOnlyDictionary<string, JsonElement> variables) =>
        variables.Keys.Where(Names.Contains)
            .ToDictionary(name => name, _ => new[] { "该变量只能在启动时设置 (set only when the process starts)" });
}
