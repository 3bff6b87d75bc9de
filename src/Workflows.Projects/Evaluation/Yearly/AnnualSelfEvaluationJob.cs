using Mediator;
using Workflows.Projects.Evaluation.Commands.OpenAnnualSelfEvaluations;

namespace Workflows.Projects.Evaluation.Yearly;

/// <summary>
/// The daily art. 26 check: opens the last budget year's self-evaluation of every project that spent money in it. Daily
/// rather than once a year, so that a missed new year's day or a disbursement recorded late is caught up; running it again
/// opens nothing twice (one opening per project and year).
/// </summary>
public sealed class AnnualSelfEvaluationJob(ISender sender)
{
    public const string RecurringJobId = "annual-self-evaluation-check";

    /// <summary>Every day at 08:20 county time.</summary>
    public const string Schedule = "20 8 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken) => await sender.Send(new OpenAnnualSelfEvaluations(), cancellationToken);
}
