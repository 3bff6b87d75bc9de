using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

/// <summary>BPMN's standard assignment of a user task, read as Camunda does: <c>humanPerformer</c> names the
/// assignee; <c>potentialOwner</c> lists candidates, <c>user(x)</c> a candidate user and <c>group(x)</c> or a
/// bare <c>x</c> a candidate group. <c>camunda:</c> attributes take precedence.</summary>
internal static class ResourceAssignmentReader
{
    public static string? Assignee(XElement task) =>
        task.Camunda("assignee") ?? Expressions(task, "humanPerformer").FirstOrDefault();

    public static string? CandidateUsers(XElement task) =>
        task.Camunda("candidateUsers") ?? Join(Candidates(task).Where(item => item.IsUser).Select(item => item.Name));

    public static string? CandidateGroups(XElement task) =>
        task.Camunda("candidateGroups") ?? Join(Candidates(task).Where(item => !item.IsUser).Select(item => item.Name));

    private static IEnumerable<(bool IsUser, string Name)> Candidates(XElement task) =>
        Expressions(task, "potentialOwner")
            .SelectMany(text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(item => item switch
            {
                _ when Unwrap(item, "user(") is { } user => (true, user),
                _ when Unwrap(item, "group(") is { } group => (false, group),
                _ => (false, item),
            });

    private static string? Unwrap(string item, string prefix) =>
        item.StartsWith(prefix, StringComparison.Ordinal) && item.EndsWith(')') ? item[prefix.Length..^1].Trim() : null;

    private static IEnumerable<string> Expressions(XElement task, string role) =>
        task.Elements(BpmnNames.Model + role)
            .Elements(BpmnNames.Model + "resourceAssignmentExpression")
            .Elements(BpmnNames.Model + "formalExpression")
            .Select(expression => expression.Value.Trim())
            .Where(text => text.Length > 0);

    private static string? Join(IEnumerable<string> names) => string.Join(",", names) is { Length: > 0 } list ? list : null;
}
