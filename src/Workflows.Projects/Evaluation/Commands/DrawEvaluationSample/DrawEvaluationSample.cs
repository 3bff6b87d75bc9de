using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Construction;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Evaluation.Commands.DrawEvaluationSample;

/// <summary>
/// Art. 27: finance draws its spot-check sample from the self-evaluations of a finished budget year that no earlier draw had
/// among its candidates (a late self-evaluation can be drawn later), with the share asked for (else the configured one) and
/// the seed given (else a random one), recorded with who drew and when; each one picked gets finance's spot check
/// (<c>evaluation-spot-check</c>). Returns the draw's id.
/// </summary>
public sealed record DrawEvaluationSample(int BudgetYear, decimal? Share, int? Seed, string Actor) : ICommand<Guid>;

public sealed class DrawEvaluationSampleHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, EvaluationSampling sampling, ISender sender)
    : ICommandHandler<DrawEvaluationSample, Guid>
{
    public async ValueTask<Guid> Handle(DrawEvaluationSample command, CancellationToken cancellationToken)
    {
        var share = command.Share ?? sampling.DefaultShare;
        if (share is <= 0 or > 1)
            throw new InvalidRequestException([new Problem("share", "抽查比例须大于0且不超过1 (the share is above 0 and at most 1)")]);
        if (command.BudgetYear < 2022 || command.BudgetYear >= deadlines.Today.Year)
            throw new InvalidRequestException([Problem.From("只能抽查已结束预算年度的绩效自评（第二十七条） (art. 27: only a finished budget year's self-evaluations are sampled)")]);
        var candidates = await db.Set<SelfEvaluation>().Where(e => e.BudgetYear == command.BudgetYear && e.SampleId == null)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
            throw new ConflictException(new Problem("art-27",
                $"{command.BudgetYear} 年度没有尚未抽样的绩效自评 (art. 27: no self-evaluation of that year is waiting for a draw)"));

        var now = deadlines.Now;
        var sample = new EvaluationSample
        {
            Id = Guid.CreateVersion7(now), BudgetYear = command.BudgetYear, Share = share,
            Seed = command.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue), Candidates = candidates.Count,
            DrawnBy = command.Actor, DrawnAt = now,
        };
        var picked = EvaluationSampling.Pick([.. candidates.Select(e => e.Id)], share, sample.Seed).ToHashSet();
        sample.Picked = picked.Count;
        db.Add(sample);
        var projectIds = candidates.Where(e => picked.Contains(e.Id)).Select(e => e.ProjectId).ToList();
        var projects = await db.Set<Project>().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var evaluation in candidates)
        {
            evaluation.SampleId = sample.Id;
            evaluation.Sampled = picked.Contains(evaluation.Id);
            if (!evaluation.Sampled || projects[evaluation.ProjectId] is not { Stage: not ProjectStage.Terminated } project)
                continue;
            project.Record(now, command.Actor, "evaluation-sampled", $"{command.BudgetYear} 年度绩效自评被财政抽中，待财政抽查（第二十七条）",
                newValues: new { sampleId = sample.Id, sample.Seed, share });
            await sender.Send(new StartProjectProcess(ProjectProcesses.EvaluationSpotCheck, null, project.Id,
                new Dictionary<string, JsonElement> { ["budgetYear"] = JsonSerializer.SerializeToElement(command.BudgetYear) }, command.Actor),
                cancellationToken);
        }

        return sample.Id;
    }
}
