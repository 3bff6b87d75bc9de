using System.Globalization;
using System.Text.Json;
using Workflows.Engine.Execution;

namespace Workflows.Projects.Handlers;

/// <summary>Typed reads of the process variables a service task needs; a missing or mistyped one is a modelling error.</summary>
internal static class ProcessVariables
{
    public static Guid ProjectId(this ServiceTaskContext context) => Guid.Parse(context.Text("projectId"));

    public static Guid ChangeRequestId(this ServiceTaskContext context) => Guid.Parse(context.Text("changeRequestId"));

    public static Guid OrderId(this ServiceTaskContext context) => Guid.Parse(context.Text("rectificationOrderId"));

    public static string Text(this ServiceTaskContext context, string name) =>
        context.OptionalText(name) ?? throw Missing(context, name);

    public static string? OptionalText(this ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Flag(this ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static decimal? OptionalNumber(this ServiceTaskContext context, string name)
    {
        if (!context.Variables.TryGetValue(name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDecimal(),
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>A date the user entered (<c>yyyy-MM-dd</c>, as the form's date field sends it); a missing or malformed one refuses the completion.</summary>
    public static DateOnly Date(this ServiceTaskContext context, string name) =>
        DateOnly.TryParseExact(context.OptionalText(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputRejectedException(name, "请填写日期（yyyy-MM-dd） (a date yyyy-MM-dd is required)");

    public static decimal Number(this ServiceTaskContext context, string name) =>
        context.OptionalNumber(name) ?? throw Missing(context, name);

    private static InvalidOperationException Missing(ServiceTaskContext context, string name) =>
        new($"Service task '{context.ActivityId}' of '{context.DefinitionKey}' needs the process variable '{name}'.");
}
