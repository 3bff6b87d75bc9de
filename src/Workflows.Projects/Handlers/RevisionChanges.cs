using Workflows.Engine.Execution;
using Workflows.Projects.Common;

namespace Workflows.Projects.Handlers;

/// <summary>
/// What the department changed since the round the reviewer returned, one line per field (old → new), on the reviewer's
/// next task: <c>revisionChanges</c> in Chinese and <c>revisionChangesEn</c> in English, which a read-only form field shows
/// (its <c>key.en</c> property names the English one). A first round sets neither, so the field stays hidden.
/// </summary>
internal static class RevisionChanges
{
    public const string Variable = "revisionChanges";
    public const string EnglishVariable = "revisionChangesEn";

    public static void Set(ServiceTaskContext context, IReadOnlyList<FieldChange> changes) =>
        Set(context, [.. changes.Select(change => change.Chinese)], [.. changes.Select(change => change.English)]);

    /// <summary>Sets the lines; <paramref name="english"/> null where only Chinese lines are kept (the application's history).</summary>
    public static void Set(ServiceTaskContext context, IReadOnlyList<string> chinese, IReadOnlyList<string>? english)
    {
        context.SetVariable(Variable, chinese.Count > 0 ? string.Join("\n", chinese) : "未修改申请内容");
        if (english is not null)
            context.SetVariable(EnglishVariable, english.Count > 0 ? string.Join("\n", english) : "Nothing changed");
    }
}
