using Mediator;
using Workflows.Projects.Security.Commands.RemindSecurityReassessments;

namespace Workflows.Projects.Security.Reassessment;

/// <summary>
/// The daily art. 37 check of 等保测评 and 密评 re-evaluation dates; running it again reminds nobody twice (one reminder
/// per assessment and due date, mails keyed by the assessment).
/// </summary>
public sealed class SecurityReassessmentJob(ISender sender)
{
    public const string RecurringJobId = "security-reassessment-check";

    /// <summary>Every day at 08:40 county time; a missed day is caught up by the next run.</summary>
    public const string Schedule = "40 8 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken) => await sender.Send(new RemindSecurityReassessments(), cancellationToken);
}
