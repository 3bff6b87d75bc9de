using Workflows.Engine.Execution;

namespace Workflows.Projects.Handlers.Planning;

/// <summary>The department and year an <c>annual-plan</c> instance works on.</summary>
internal static class PlanVariables
{
    public static string Department(this ServiceTaskContext context) => context.Text("departmentCode");

    public static int PlanYear(this ServiceTaskContext context) => (int)context.Number("planYear");
}
