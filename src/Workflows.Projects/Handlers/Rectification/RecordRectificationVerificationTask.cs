using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.VerifyRectification;

namespace Workflows.Projects.Handlers.Rectification;

/// <summary>Records the bureau's verification (art. 28).</summary>
public sealed class RecordRectificationVerificationTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordRectificationVerification";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new VerifyRectification(context.OrderId(), context.Flag("rectificationCompliant"), context.Text("verificationOpinion"), Actor(context)), cancellationToken);
        // The gateway after the verification reads it; an answer without the checkbox found no loss.
        context.SetVariable("lossFound", context.Flag("lossFound"));
        // A loss found now is assessed afresh, not with an earlier assessment's answer.
        ClearAnswers(context, "seriousLoss", "lossAssessment");
    }
}
