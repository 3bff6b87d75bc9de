using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Art. 13: finance refuses a budget without an amount, and the history says why rather than an empty "— → —".</summary>
public sealed class BudgetRefusalTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldRecordTheRefusalWithFinancesOpinionAndNoAmount()
    {
        var projectId = await StartProjectAsync();
        await ApplyAsync(projectId);
        await MaterialReviewAsync(projectId);
        await TechnicalAndBureauReviewAsync(projectId);

        await CompleteAsync(projectId, "budgetApproval", "finance", new { budgetDecision = "reject", budgetOpinion = "资金来源未落实" });

        var project = await ProjectAsync(projectId);
        var row = project.GetProperty("history").EnumerateArray().Single(r => r.GetProperty("change").GetString() == "预算审批：不通过");
        Assert.That(row.GetProperty("oldValue").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(JsonDocument.Parse(row.GetProperty("newValue").GetString()!).RootElement.GetProperty("Opinion").GetString(), Is.EqualTo("资金来源未落实"));
        Assert.That(project.GetProperty("stage").GetString(), Is.EqualTo("Rejected"));
        Assert.That(project.GetProperty("approvedBudget").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
