using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Evaluation.Commands.MarkKeyProject;

/// <summary>
/// Art. 27: finance marks a project with an approved budget as a key project (重点项目) of a year, from 2022 to the next year,
/// with its reason, and starts its evaluation (<c>key-project-evaluation</c>, finance's task). Once per project and year
/// (409 while marked or evaluated); marked again after it was unmarked, the evaluation opens anew. Returns the evaluation's id.
/// </summary>
public sealed record MarkKeyProject(Guid ProjectId, int Year, string? Reason, string Actor) : ICommand<Guid>;

public sealed class MarkKeyProjectHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, ISender sender) : ICommandHandler<MarkKeyProject, Guid>
{
    public async ValueTask<Guid> Handle(MarkKeyProject command, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var lastYear = deadlines.Today.Year + 1;
        if (command.Year < 2022 || command.Year > lastYear)
            problems.Add(new Problem("year", $"评价年度须为2022至{lastYear}年 (the year must be from 2022 to next year)"));
        if (string.IsNullOrWhiteSpace(command.Reason) || command.Reason.Length > 2000)
            problems.Add(new Problem("reason", "须说明列为重点项目的理由（不超过2000字） (reason: why the project is key, at most 2000 characters)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        project.EnsureNotTerminated();
        if (project.ApprovedBudget is null)
            throw new ConflictException("项目尚未批复预算，不能列为重点评价项目（第二十七条） (art. 27: only a project with an approved budget is evaluated as key)");
        var evaluation = await db.Set<KeyProjectEvaluation>()
            .SingleOrDefaultAsync(e => e.ProjectId == project.Id && e.Year == command.Year, cancellationToken);
        if (evaluation is { Status: not KeyProjectEvaluationStatus.Withdrawn })
            throw new ConflictException($"项目已列为 {command.Year} 年度重点评价项目（第二十七条） (art. 27: the project is a key project of that year already)");

        var now = deadlines.Now;
        if (evaluation is null)
        {
            evaluation = new KeyProjectEvaluation { Id = Guid.CreateVersion7(now), ProjectId = project.Id, Year = command.Year };
            db.Add(evaluation);
        }

        evaluation.Reason = command.Reason!.Trim();
        evaluation.Status = KeyProjectEvaluationStatus.Open;
        evaluation.MarkedBy = command.Actor;
        evaluation.MarkedAt = now;
        evaluation.WithdrawalReason = null;
        evaluation.WithdrawnBy = null;
        evaluation.WithdrawnAt = null;
        project.Record(now, command.Actor, "key-project-marked", $"列为 {command.Year} 年度重点评价项目（第二十七条）：{evaluation.Reason}",
            newValues: new { evaluation.Year, evaluation.Reason });
        var started = await sender.Send(new StartProjectProcess(ProjectProcesses.KeyProjectEvaluation, null, project.Id,
            new Dictionary<string, JsonElement>
            {
                ["keyProjectEvaluationId"] = JsonSerializer.SerializeToElement(evaluation.Id.ToString()),
                ["evaluationYear"] = JsonSerializer.SerializeToElement(command.Year),
            }, command.Actor), cancellationToken);
        evaluation.InstanceId = started.InstanceId;
        return evaluation.Id;
    }
}
