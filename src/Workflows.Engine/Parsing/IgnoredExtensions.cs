using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

/// <summary>Camunda extensions the engine reads past without running them: each use is a warning on its element,
/// so that a model never loses behaviour without a word (the subset table in the engine's README lists them).</summary>
internal static class IgnoredExtensions
{
    /// <summary><c>camunda:</c> attributes → why they have no effect here.</summary>
    public static readonly IReadOnlyDictionary<string, string> Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["asyncBefore"] = "every command runs in one transaction here; there are no asynchronous continuations",
        ["asyncAfter"] = "every command runs in one transaction here; there are no asynchronous continuations",
        ["async"] = "every command runs in one transaction here; there are no asynchronous continuations",
        ["exclusive"] = "there are no asynchronous jobs to make exclusive",
        ["jobPriority"] = "jobs have no priorities here",
        ["taskPriority"] = "only an external service task's own camunda:taskPriority is read",
        ["failedJobRetryTimeCycle"] = "a failure raises an incident at once; retries are the operator's",
        ["candidateStarterGroups"] = "who may start a definition is decided by roles, not by the model",
        ["candidateStarterUsers"] = "who may start a definition is decided by roles, not by the model",
        ["initiator"] = "the starter is recorded on the instance, not stored in a variable",
        ["formRef"] = "forms are named by camunda:formKey",
        ["formRefBinding"] = "forms are named by camunda:formKey",
        ["formRefVersion"] = "forms are named by camunda:formKey",
        ["formHandlerClass"] = "forms are named by camunda:formKey",
        ["errorCodeVariable"] = "the caught error's code is not stored in a variable",
        ["errorMessageVariable"] = "the caught error's message is not stored in a variable",
        ["escalationCodeVariable"] = "escalations are not run here",
        ["variableMappingClass"] = "no Java delegate maps variables here; use camunda:in and camunda:out",
        ["variableMappingDelegateExpression"] = "no delegate maps variables here; use camunda:in and camunda:out",
        ["versionTag"] = "version tags are not tracked",
        ["historyTimeToLive"] = "history retention follows the platform's settings, not the model",
    };

    /// <summary><c>camunda:</c> elements inside <c>extensionElements</c> → why they have no effect here.</summary>
    public static readonly IReadOnlyDictionary<string, string> Elements = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["executionListener"] = "listeners are not run",
        ["taskListener"] = "listeners are not run",
        ["inputOutput"] = "input/output mappings are not run; variables are shared within the instance",
        ["field"] = "no Java delegate receives injected fields",
        ["formData"] = "forms are named by camunda:formKey and defined in the form editor",
        ["formProperty"] = "forms are named by camunda:formKey and defined in the form editor",
        ["failedJobRetryTimeCycle"] = "a failure raises an incident at once; retries are the operator's",
        ["connector"] = "connectors are not run",
        ["errorEventDefinition"] = "an external task's worker reports BPMN errors itself (bpmnError); expressions mapping its failures are not run",
    };

    public static void Warn(ImportContext context, XElement root)
    {
        foreach (var element in root.Descendants().Where(element => element.Name.Namespace == BpmnNames.Model))
        {
            foreach (var attribute in element.Attributes().Where(IsExtension))
            {
                if (Attributes.TryGetValue(attribute.Name.LocalName, out var reason) && !IsReadExternalTaskPriority(element, attribute))
                    context.Warnings.Add(new ValidationProblem(element.Line(), OwnerId(element), $"{Prefixed(attribute.Name)} is ignored: {reason}"));
            }
            if (element.Name.LocalName != "extensionElements")
                continue;
            foreach (var extension in element.Elements().Where(child => IsExtension(child.Name)))
            {
                if (Elements.TryGetValue(extension.Name.LocalName, out var reason))
                    context.Warnings.Add(new ValidationProblem(extension.Line(), OwnerId(element), $"{Prefixed(extension.Name)} is ignored: {reason}"));
            }
        }
    }

    private static bool IsReadExternalTaskPriority(XElement element, XAttribute attribute) =>
        attribute.Name.LocalName == "taskPriority" && element.Name.LocalName == "serviceTask" && element.Camunda("type") == "external";

    private static bool IsExtension(XAttribute attribute) => IsExtension(attribute.Name);

    private static bool IsExtension(XName name) => name.Namespace == BpmnNames.Camunda || name.Namespace == BpmnNames.Activiti;

    private static string Prefixed(XName name) => $"camunda:{name.LocalName}";

    /// <summary>The id of the nearest element that has one (an event definition's event, an extension's owner).</summary>
    private static string? OwnerId(XElement element) =>
        element.AncestorsAndSelf().Select(candidate => candidate.Id()).FirstOrDefault(id => id is not null);
}
