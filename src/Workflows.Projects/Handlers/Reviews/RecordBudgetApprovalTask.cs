using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ApproveBudget;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records finance's budget approval (arts. 13, 14).</summary>
public sealed class RecordBudgetApprovalTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordBudgetApproval";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var approved = context.Text("budgetDecision") == Decisions.Approve;
        await sender.Send(new ApproveBudget(context.ProjectId(), approved, context.OptionalNumber("approvedBudget"), context.Text("budgetOpinion"), Actor(context)), cancellationToken);
    }
}
