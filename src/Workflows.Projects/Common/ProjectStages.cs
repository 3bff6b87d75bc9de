using Workflows.Projects.Domain;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Common;

/// <summary>Where a project may go next: forward along the new-project path, never back and never out of an end.</summary>
public static class ProjectStages
{
    // The application stays one step while it is returned and resubmitted; every later stage is a step of its own.
    private static readonly Dictionary<ProjectStage, int> Order = new()
    {
        [ProjectStage.Registered] = 0,
        [ProjectStage.UnderReview] = 0,
        [ProjectStage.Approved] = 1,
        [ProjectStage.Budgeted] = 2,
        [ProjectStage.Procured] = 3,
        [ProjectStage.Contracted] = 4,
        [ProjectStage.UnderConstruction] = 5,
        [ProjectStage.Accepted] = 6,
        [ProjectStage.InOperation] = 7,
    };

    /// <summary>Rejected and terminated projects are ended: nothing moves them again.</summary>
    public static bool IsEnded(ProjectStage stage) => stage is ProjectStage.Rejected or ProjectStage.Terminated;

    /// <summary>Art. 28: a terminated project stays terminated; no other project goes back to an earlier stage.</summary>
    public static void MoveTo(this Project project, ProjectStage next)
    {
        project.EnsureNotTerminated();
        if (project.Stage == next)
            return;
        if (project.Stage == ProjectStage.Rejected)
            throw new ConflictException(new Problem("stage", $"项目已否决，不能进入“{next}”阶段 (the project was rejected; it cannot move to {next})"));
        if (!IsEnded(next) && Order[next] < Order[project.Stage])
            throw new ConflictException(new Problem("stage",
                $"项目阶段不能从“{project.Stage}”退回“{next}” (a project never moves back from {project.Stage} to {next})"));
        project.Stage = next;
    }

    /// <summary>Art. 28: a terminated project gets no more work, reports or money.</summary>
    public static void EnsureNotTerminated(this Project project)
    {
        if (project.Stage == ProjectStage.Terminated)
            throw new ConflictException(new Problem("art-28", "项目已终止，不能再办理（第二十八条） (art. 28: the project was terminated)"));
    }
}
