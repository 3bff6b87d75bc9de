using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.ReceiveContractFiling;

/// <summary>
/// Art. 18: the contract is filed with the bureau and the county finance bureau. Finance acknowledges the filing it
/// received; the project then shows both filings, finance's with the department's filing time and deadline.
/// </summary>
public sealed record ReceiveContractFiling(Guid ProjectId, string Note, string? Actor = null) : ICommand<ProjectFiling>;

public sealed class ReceiveContractFilingHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReceiveContractFiling, ProjectFiling>
{
    public async ValueTask<ProjectFiling> Handle(ReceiveContractFiling command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var filed = project.Filings.Where(f => f.Kind == FilingKind.Contract).MaxBy(f => f.FiledAt)
            ?? throw new ConflictException("合同尚未备案，财政局无可签收 (no contract filing to acknowledge)");
        var now = time.GetUtcNow();
        var details = $"县财政局 {now:yyyy-MM-dd HH:mm} UTC 签收。{command.Note.Trim()}";
        var filing = Filings.Add(db, project, FilingKind.ContractWithFinance, filed.FiledAt, filed.DueAt, details, filed.DocumentId, command.Actor);
        project.Record(now, command.Actor, "contract-filing-received", "县财政局签收合同备案（第十八条）",
            newValues: new { filing.FiledAt, filing.DueAt, filing.IsLate, ReceivedAt = now });
        return filing;
    }
}
