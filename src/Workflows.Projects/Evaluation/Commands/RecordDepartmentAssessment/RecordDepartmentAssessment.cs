using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Evaluation;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Evaluation.Commands.RecordDepartmentAssessment;

/// <summary>
/// Art. 30: the bureau records the annual assessment of a department's IT work for a year that has begun (from 2022, when the
/// measures took effect): a grade, a score out of 100 where given, remarks. Recording a year again corrects it. Returns its id.
/// </summary>
public sealed record RecordDepartmentAssessment(
    int Year, string DepartmentCode, AssessmentGrade Grade, decimal? Score, string? Remarks, string Actor) : ICommand<Guid>;

public sealed class RecordDepartmentAssessmentHandler(WorkflowsDbContext db, ProjectDeadlines deadlines)
    : ICommandHandler<RecordDepartmentAssessment, Guid>
{
    public async ValueTask<Guid> Handle(RecordDepartmentAssessment command, CancellationToken cancellationToken)
    {
        if (!await db.Set<Department>().AnyAsync(d => d.Code == command.DepartmentCode, cancellationToken))
            throw NotFoundException.For("部门 (department)", command.DepartmentCode);
        var problems = new List<Problem>();
        if (command.Year < 2022 || command.Year > deadlines.Today.Year)
            problems.Add(new Problem("year", $"考核年度须为2022至{deadlines.Today.Year}年 (the year must be from 2022 to this year)"));
        if (!Enum.IsDefined(command.Grade))
            problems.Add(new Problem("grade", "考核等次无效 (unknown grade)"));
        if (command.Score is < 0 or > 100)
            problems.Add(new Problem("score", "考核得分须在0至100之间 (the score is between 0 and 100)"));
        if (command.Remarks?.Length > 2000)
            problems.Add(new Problem("remarks", "考核意见不超过2000字 (the remarks are at most 2000 characters)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var now = deadlines.Now;
        var assessment = await db.Set<DepartmentAssessment>()
            .SingleOrDefaultAsync(a => a.DepartmentCode == command.DepartmentCode && a.Year == command.Year, cancellationToken);
        if (assessment is null)
        {
            assessment = new DepartmentAssessment { Id = Guid.CreateVersion7(now), Year = command.Year, DepartmentCode = command.DepartmentCode };
            db.Add(assessment);
        }

        assessment.Grade = command.Grade;
        assessment.Score = command.Score;
        assessment.Remarks = command.Remarks?.Trim() ?? "";
        assessment.RecordedBy = command.Actor;
        assessment.RecordedAt = now;
        return assessment.Id;
    }
}
