using System.Xml.Linq;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Reads <c>multiInstanceLoopCharacteristics</c> with Camunda's <c>collection</c> and <c>elementVariable</c>.</summary>
internal static class MultiInstanceReader
{
    /// <summary>False when the loop characteristics are unusable (problem reported).</summary>
    public static bool TryRead(ImportContext context, XElement activity, out MultiInstance? multiInstance)
    {
        multiInstance = null;
        if (activity.ModelChild("standardLoopCharacteristics") is not null)
        {
            context.Report(activity, "unsupported element 'standardLoopCharacteristics'");
            return false;
        }
        if (activity.ModelChild("multiInstanceLoopCharacteristics") is not { } loop)
            return true;
        var collectionText = loop.Camunda("collection");
        var cardinalityText = loop.ModelChild("loopCardinality")?.Value.Trim();
        if (collectionText is null && string.IsNullOrEmpty(cardinalityText))
        {
            context.Report(activity, "multi-instance needs camunda:collection or loopCardinality");
            return false;
        }
        var conditionText = loop.ModelChild("completionCondition")?.Value.Trim();
        var problemsBefore = context.Problems.Count;
        multiInstance = new MultiInstance
        {
            IsSequential = loop.Flag("isSequential", false),
            // A bare collection names a variable; compiling it as an expression gives exactly that lookup.
            Collection = collectionText is null ? null : ExpressionReader.Compile(context, activity, "camunda:collection", collectionText, allowBareBody: true),
            ElementVariable = loop.Camunda("elementVariable"),
            LoopCardinality = string.IsNullOrEmpty(cardinalityText) ? null : ExpressionReader.Compile(context, activity, "loopCardinality", cardinalityText, allowBareBody: true),
            CompletionCondition = string.IsNullOrEmpty(conditionText) ? null : ExpressionReader.Compile(context, activity, "completionCondition", conditionText, allowBareBody: false),
        };
        return context.Problems.Count == problemsBefore;
    }
}
