using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordSpotCheck;

/// <summary>Finance's spot check of a self-evaluation (art. 27); returns when the next self-evaluation falls due (art. 26).</summary>
public sealed record RecordSpotCheck(Guid ProjectId, int BudgetYear, bool SpotChecked, string? Result, string? Actor = null) : ICommand<DateTimeOffset>;

public sealed class RecordSpotCheckHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<RecordSpotCheck, DateTimeOffset>
{
    public async ValueTask<DateTimeOffset> Handle(RecordSpotCheck command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var evaluation = await db.Set<SelfEvaluation>().FirstOrDefaultAsync(e => e.ProjectId == project.Id && e.BudgetYear == command.BudgetYear, cancellationToken)
            ?? throw NotFoundException.For($"{command.BudgetYear} 年度绩效自评 (self-evaluation)", project.Code);
        var now = deadlines.Now;
        evaluation.SpotChecked = command.SpotChecked;
        evaluation.SpotCheckResult = command.Result?.Trim();
        evaluation.SpotCheckedAt = command.SpotChecked ? now : null;
        if (command.SpotChecked)
            project.Record(now, command.Actor, "spot-checked", $"财政抽查 {command.BudgetYear} 年度绩效自评（第二十七条）", newValues: new { command.Result });
        // Art. 26: the following budget year is evaluated once it is over.
        return deadlines.StartOfYear(command.BudgetYear + 2);
    }
}
