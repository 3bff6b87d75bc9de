using Workflows.Runtime.Common;

namespace Workflows.Projects.Construction.Commands.ReportSpending;

public sealed class ReportSpendingValidator : IValidator<ReportSpending>
{
    public IEnumerable<string> Validate(ReportSpending message)
    {
        if (message.Note?.Length > 2000)
            yield return "说明不超过2000字 (the note is at most 2000 characters)";
    }
}
