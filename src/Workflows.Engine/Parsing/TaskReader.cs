using System.Text.RegularExpressions;
using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>User tasks (Camunda assignment attributes) and service tasks (a named handler).</summary>
internal static partial class TaskReader
{
    public static UserTask? User(ImportContext context, XElement element, string id, MultiInstance? multiInstance)
    {
        var problemsBefore = context.Problems.Count;
        var task = new UserTask
        {
            Id = id,
            Name = element.Text("name"),
            Line = element.Line(),
            MultiInstance = multiInstance,
            Assignee = ExpressionReader.Template(context, element, "assignee", ResourceAssignmentReader.Assignee(element)),
            CandidateUsers = ExpressionReader.Template(context, element, "candidateUsers", ResourceAssignmentReader.CandidateUsers(element)),
            CandidateGroups = ExpressionReader.Template(context, element, "candidateGroups", ResourceAssignmentReader.CandidateGroups(element)),
            DueDate = ExpressionReader.Template(context, element, "dueDate"),
            FollowUpDate = ExpressionReader.Template(context, element, "followUpDate"),
            Priority = ExpressionReader.Template(context, element, "priority"),
            FormKey = element.Camunda("formKey"),
        };
        return context.Problems.Count == problemsBefore ? task : null;
    }

    public static ServiceTask? Service(ImportContext context, XElement element, string id, MultiInstance? multiInstance)
    {
        if (HandlerName(context, element) is not { } handler)
            return null;
        if (context.Options.IsKnownHandler is { } isKnown && !isKnown(handler))
        {
            context.Report(element, $"unknown service-task handler '{handler}'");
            return null;
        }
        return new ServiceTask { Id = id, Name = element.Text("name"), Line = element.Line(), MultiInstance = multiInstance, HandlerName = handler };
    }

    private static string? HandlerName(ImportContext context, XElement element)
    {
        if (element.Camunda("delegateExpression") is { } expression)
        {
            var body = ExpressionCompiler.ExtractBody(expression)?.Trim();
            if (body is not null && HandlerNamePattern().IsMatch(body))
                return body;
            context.Report(element, $"camunda:delegateExpression must name a handler as ${{name}}, not '{expression}'");
            return null;
        }
        if (element.Camunda("class") is { } className)
            return className;
        context.Report(element, element.Camunda("expression") is not null || element.Camunda("type") is not null
            ? "service task: only camunda:delegateExpression or camunda:class are supported"
            : "service task needs camunda:delegateExpression or camunda:class");
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlerNamePattern();
}
