using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.ReportRectification;

namespace Workflows.Projects.Handlers.Rectification;

/// <summary>Records the department's rectification report or refusal (art. 28).</summary>
public sealed class RecordRectificationReportTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordRectificationReport";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ReportRectification(context.OrderId(), context.Text("rectificationReport"), context.Flag("rectificationRefused"), Actor(context)), cancellationToken);
        // The second verification is a new check of a new report, not the first one's answer.
        ClearAnswers(context, "rectificationCompliant", "lossFound", "verificationOpinion");
    }
}
