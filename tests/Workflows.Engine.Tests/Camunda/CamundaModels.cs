using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Camunda;

/// <summary>Camunda 7's original test models (Models/NOTICE.md), deployed into an engine harness.</summary>
internal static class CamundaModels
{
    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Camunda", "Models", file));

    public static ExecutableDefinition Deploy(EngineHarness harness, string file) => harness.Deploy(Read(file));

    /// <summary>The names of the instance's open tasks, ordered as Camunda's <c>orderByTaskName().asc()</c>.</summary>
    public static List<string?> TaskNames(EngineHarness harness, ProcessInstance instance) =>
        harness.OpenTasks.Values.Where(task => task.InstanceId == instance.Id).Select(task => task.Name).Order(StringComparer.Ordinal).ToList();
}
