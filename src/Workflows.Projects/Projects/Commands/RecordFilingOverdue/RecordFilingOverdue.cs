using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;

namespace Workflows.Projects.Projects.Commands.RecordFilingOverdue;

/// <summary>Notes on the project that a filing deadline passed unfiled (arts. 18, 25), for the bureau's evaluation (art. 28).</summary>
public sealed record RecordFilingOverdue(Guid ProjectId, FilingKind Kind, string? Actor = null) : ICommand;

public sealed class RecordFilingOverdueHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordFilingOverdue>
{
    public async ValueTask<Unit> Handle(RecordFilingOverdue command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var summary = command.Kind switch
        {
            FilingKind.Contract => "合同备案逾期（第十八条：签订后5个工作日内备案）",
            FilingKind.AcceptanceReport => "验收报告备案逾期（第二十五条：验收后30个工作日内备案）",
            _ => $"{command.Kind} 备案逾期",
        };
        project.Record(time.GetUtcNow(), command.Actor, "filing-overdue", summary, newValues: new { command.Kind });
        return Unit.Value;
    }
}
