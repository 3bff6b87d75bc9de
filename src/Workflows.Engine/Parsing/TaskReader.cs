using System.Text.RegularExpressions;
using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>User tasks (Camunda assignment attributes) and service tasks (a named handler, an expression or an external topic).</summary>
internal static partial class TaskReader
{
    public static UserTask? User(ImportContext context, XElement element, string id, MultiInstance? multiInstance)
    {
        var problemsBefore = context.Problems.Count;
        var task = new UserTask
        {
            Id = id,
            Name = element.Text("name"),
            NameTemplate = NameTemplate(context, element),
            Line = element.Line(),
            MultiInstance = multiInstance,
            Assignee = ExpressionReader.Template(context, element, "camunda:assignee", ResourceAssignmentReader.Assignee(element)),
            CandidateUsers = ExpressionReader.Template(context, element, "camunda:candidateUsers", ResourceAssignmentReader.CandidateUsers(element)),
            CandidateGroups = ExpressionReader.Template(context, element, "camunda:candidateGroups", ResourceAssignmentReader.CandidateGroups(element)),
            DueDate = ExpressionReader.Template(context, element, "dueDate"),
            FollowUpDate = ExpressionReader.Template(context, element, "followUpDate"),
            Priority = ExpressionReader.Template(context, element, "priority"),
            FormKey = element.Camunda("formKey"),
        };
        return context.Problems.Count == problemsBefore ? task : null;
    }

    private static ValueTemplate? NameTemplate(ImportContext context, XElement element) =>
        element.Text("name") is { } name && (name.Contains("${", StringComparison.Ordinal) || name.Contains("#{", StringComparison.Ordinal))
            ? ExpressionReader.Template(context, element, "name", name)
            : null;

    public static Activity? Service(ImportContext context, XElement element, string id, MultiInstance? multiInstance)
    {
        if (element.Camunda("type") == "external")
            return External(context, element, id, multiInstance);
        if (element.Camunda("expression") is { } expression && element.Camunda("delegateExpression") is null && element.Camunda("class") is null)
            return Expression(context, element, id, multiInstance, expression);
        if (HandlerName(context, element) is not { } handler)
            return null;
        if (context.Options.IsKnownHandler is { } isKnown && !isKnown(handler))
        {
            context.Report(element, $"unknown service-task handler '{handler}'");
            return null;
        }
        return new ServiceTask { Id = id, Name = element.Text("name"), Line = element.Line(), MultiInstance = multiInstance, HandlerName = handler };
    }

    /// <summary><c>camunda:expression</c>: Camunda calls a bean; here only the sandboxed language runs (the safe methods
    /// on plain values, no beans, no side effects), so <c>${true}</c> or <c>${amount * 2}</c> with
    /// <c>camunda:resultVariable</c>; <c>${execution.setVariable('x', value)}</c> is <c>${value}</c> stored in <c>x</c>.</summary>
    private static ExpressionTask? Expression(ImportContext context, XElement element, string id, MultiInstance? multiInstance, string text)
    {
        var resultVariable = element.Camunda("resultVariable");
        // ${execution.setVariable('name', value)}, Camunda's usual way to set a variable, is the value stored under that name.
        if (SetVariablePattern().Match(text) is { Success: true } setVariable && resultVariable is null)
        {
            resultVariable = setVariable.Groups["name"].Value;
            text = "${" + setVariable.Groups["value"].Value + "}";
        }
        var compiled = ExpressionReader.Compile(context, element, "camunda:expression", text, allowBareBody: false);
        return compiled is null ? null : new ExpressionTask
        {
            Id = id,
            Name = element.Text("name"),
            Line = element.Line(),
            MultiInstance = multiInstance,
            Expression = compiled,
            ResultVariable = resultVariable,
        };
    }

    /// <summary><c>camunda:type="external"</c>: a worker fetches the task by its literal <c>camunda:topic</c>.</summary>
    private static ExternalTask? External(ImportContext context, XElement element, string id, MultiInstance? multiInstance)
    {
        var topic = element.Camunda("topic")?.Trim();
        if (string.IsNullOrEmpty(topic) || topic.Contains("${", StringComparison.Ordinal) || topic.Contains("#{", StringComparison.Ordinal))
        {
            context.Report(element, "external service task needs a camunda:topic naming its topic (not an expression)");
            return null;
        }
        var problemsBefore = context.Problems.Count;
        var priority = ExpressionReader.Template(context, element, "taskPriority");
        return context.Problems.Count == problemsBefore
            ? new ExternalTask { Id = id, Name = element.Text("name"), Line = element.Line(), MultiInstance = multiInstance, Topic = topic, Priority = priority }
            : null;
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
            ? "service task: only camunda:delegateExpression, camunda:class, camunda:expression or camunda:type=\"external\" are supported"
            : "service task needs camunda:delegateExpression or camunda:class");
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlerNamePattern();

    [GeneratedRegex(@"^\s*\$\{\s*execution\s*\.\s*setVariable\s*\(\s*(['""])(?<name>[A-Za-z_][A-Za-z0-9_]*)\1\s*,(?<value>.+)\)\s*\}\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SetVariablePattern();
}
