using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Rules;

/// <summary>A step that needs a document on file first: the budget review report (art. 14), the contract (arts. 16, 18),
/// the acceptance report (art. 25).</summary>
internal static class RequiredDocumentRule
{
    public static IEnumerable<string> Check(IReadOnlyCollection<DocumentKind> uploaded, DocumentKind required, string name, string article)
    {
        if (!uploaded.Contains(required))
            yield return $"请先上传{name}（{article}） (missing {required})";
    }
}
