using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.FileAcceptanceReport;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the acceptance report filing (art. 25); it needs the report on file.</summary>
public sealed class RecordAcceptanceReportFilingTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordAcceptanceReportFiling";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new FileAcceptanceReport(context.ProjectId(), context.Text("acceptanceReportSummary"), Actor(context)), cancellationToken);
    }
}
