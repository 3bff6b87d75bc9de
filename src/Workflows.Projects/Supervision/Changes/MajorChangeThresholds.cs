using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Workflows.Projects.Supervision.Changes;

/// <summary>
/// Art. 20 speaks of changes of construction conditions or content that are significant (重大). Beyond a change of scope
/// or of construction conditions, a budget change above <see cref="BudgetShare"/> of the total
/// (<c>ChangeRequests:MajorBudgetShare</c>, default 0.1) or a delay of more than <see cref="DelayDays"/> days
/// (<c>ChangeRequests:MajorDelayDays</c>, default 90) is major.
/// </summary>
public sealed record MajorChangeThresholds(decimal BudgetShare, int DelayDays)
{
    public static MajorChangeThresholds From(IConfiguration? configuration) => new(
        decimal.Parse(configuration?["ChangeRequests:MajorBudgetShare"] ?? "0.1", CultureInfo.InvariantCulture),
        int.Parse(configuration?["ChangeRequests:MajorDelayDays"] ?? "90", CultureInfo.InvariantCulture));
}
