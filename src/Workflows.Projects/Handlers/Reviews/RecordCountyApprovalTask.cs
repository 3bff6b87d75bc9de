using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Projects.Commands.RecordReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the county government's approval of a project outside the annual plan (art. 11).</summary>
public sealed class RecordCountyApprovalTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordCountyApproval";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("countyDecision"));
        await sender.Send(new RecordReview(context.ProjectId(), ReviewStage.CountyApproval, decision, context.Text("countyOpinion"), Actor(context)), cancellationToken);
    }
}
