using System.Globalization;
using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Reads a <c>callActivity</c>: the called key, its version binding and the <c>camunda:in/out</c> mappings.</summary>
internal static class CallActivityReader
{
    private static readonly HashSet<string> BusinessKeyExpressions = ["#{execution.processBusinessKey}", "${execution.processBusinessKey}"];

    public static CallActivity? Read(ImportContext context, XElement element, string id, MultiInstance? multiInstance)
    {
        if (element.Text("calledElement") is not { } calledElement)
        {
            context.Report(element, "call activity needs calledElement");
            return null;
        }
        if (!TryReadBinding(context, element, out var binding, out var version))
            return null;
        var inputs = element.CamundaExtensions("in").ToList();
        var outputs = element.CamundaExtensions("out").ToList();
        var problemsBefore = context.Problems.Count;
        var call = new CallActivity
        {
            Id = id,
            Name = element.Text("name"),
            Line = element.Line(),
            MultiInstance = multiInstance,
            CalledElement = calledElement,
            Binding = binding,
            Version = version,
            AllVariablesIn = inputs.Any(IsAllVariables),
            AllVariablesOut = outputs.Any(IsAllVariables),
            PassBusinessKey = inputs.Any(mapping => ReadBusinessKey(context, element, mapping)),
        };
        call.In.AddRange(Mappings(context, element, inputs));
        call.Out.AddRange(Mappings(context, element, outputs));
        return context.Problems.Count == problemsBefore ? call : null;
    }

    private static bool TryReadBinding(ImportContext context, XElement element, out CallBinding binding, out int? version)
    {
        binding = CallBinding.Latest;
        version = null;
        switch (element.Camunda("calledElementBinding"))
        {
            case null or "latest":
                return true;
            case "deployment":
                context.Warn(element, "camunda:calledElementBinding=\"deployment\": definitions are published one by one here, so the latest version is called");
                return true;
            case "versionTag":
                context.Warn(element, "camunda:calledElementBinding=\"versionTag\": version tags are not tracked here, so the latest version is called");
                return true;
            case "version" when int.TryParse(element.Camunda("calledElementVersion"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0:
                binding = CallBinding.Version;
                version = number;
                return true;
            case "version":
                context.Report(element, "camunda:calledElementBinding=\"version\" needs a positive camunda:calledElementVersion");
                return false;
            case var other:
                context.Report(element, $"unsupported camunda:calledElementBinding '{other}' (use 'latest', 'version', 'deployment' or 'versionTag')");
                return false;
        }
    }

    private static bool IsAllVariables(XElement mapping) => mapping.Text("variables") == "all";

    private static bool ReadBusinessKey(ImportContext context, XElement element, XElement mapping)
    {
        if (mapping.Text("businessKey") is not { } expression)
            return false;
        if (BusinessKeyExpressions.Contains(expression))
            return true;
        context.Report(element, $"camunda:in businessKey supports only #{{execution.processBusinessKey}}, not '{expression}'");
        return false;
    }

    private static IEnumerable<VariableMapping> Mappings(ImportContext context, XElement element, List<XElement> mappings)
    {
        foreach (var mapping in mappings.Where(mapping => !IsAllVariables(mapping) && mapping.Attribute("businessKey") is null))
        {
            var target = mapping.Text("target");
            if (mapping.Text("source") is { } source && target is not null)
                yield return new VariableMapping(source, target);
            else if (mapping.Text("sourceExpression") is { } text && target is not null)
            {
                if (ExpressionReader.Compile(context, element, $"camunda:{mapping.Name.LocalName} sourceExpression", text, allowBareBody: false) is { } expression)
                    yield return new VariableMapping(text, target, expression);
            }
            else
                context.Report(element, $"camunda:{mapping.Name.LocalName} needs a target and a source or sourceExpression");
        }
    }
}
