using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Parts;
using Workflows.Projects.Tests.Support;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Projects;

/// <summary>
/// The counter rows the database's triggers keep for the project lists and the dashboard match a fresh count of the rows
/// after every kind of change: a project registered, moved to another stage, terminated, handed to another lead, deleted;
/// a co-builder added or removed; a department's task opened, completed, deleted.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class ProjectCountTests(string provider) : ProductFixture(provider)
{
    private static readonly string[] Departments = ["education", "health", "transport"];

    [SetUp]
    public Task AddDepartmentsAsync() => WriteAsync(db => db.Set<Department>()
        .AddRange(Departments.Select(code => new Department { Code = code, Name = "部门 " + code })));

    [Test]
    public async Task ShouldCountARegisteredProjectForItsLeadAndStage()
    {
        await AddProjectAsync("education", ProjectStage.Registered);
        await AddProjectAsync("education", ProjectStage.Approved);

        await AssertCountsAsync(expectedRows: 2);
    }

    [Test]
    public async Task ShouldMoveAProjectAndItsCoBuildersToTheirNewStage()
    {
        var id = await AddProjectAsync("education", ProjectStage.Registered, coBuilders: ["health"]);

        await UpdateAsync(id, project => project.MoveTo(ProjectStage.UnderReview));

        await AssertCountsAsync(expectedRows: 2);
    }

    [Test]
    public async Task ShouldKeepCountingATerminatedProjectInItsNewStage()
    {
        var id = await AddProjectAsync("health", ProjectStage.UnderConstruction, coBuilders: ["education"]);

        await UpdateAsync(id, project => project.MoveTo(ProjectStage.Terminated));

        await AssertCountsAsync(expectedRows: 2);
    }

    [Test]
    public async Task ShouldCountACoBuilderWhenAddedAndNoLongerWhenRemoved()
    {
        var id = await AddProjectAsync("education", ProjectStage.Approved);
        await UpdateAsync(id, project => project.CoBuilders.Add(new ProjectCoBuilder { ProjectId = id, DepartmentCode = "health" }));
        await UpdateAsync(id, project => project.CoBuilders.Add(new ProjectCoBuilder { ProjectId = id, DepartmentCode = "transport" }));
        await AssertCountsAsync(expectedRows: 3);

        await UpdateAsync(id, project => project.CoBuilders.RemoveAll(c => c.DepartmentCode == "health"));

        await AssertCountsAsync(expectedRows: 2);
    }

    [Test]
    public async Task ShouldMoveTheCountsWhenACoBuilderBecomesTheLead()
    {
        var id = await AddProjectAsync("education", ProjectStage.Registered, coBuilders: ["health"]);

        await UpdateAsync(id, project => project.LeadDepartmentCode = "health");

        // health leads it and co-builds it: it counts once, as led; education sees it no more.
        await AssertCountsAsync(expectedRows: 1);
    }

    [Test]
    public async Task ShouldNoLongerCountADeletedProjectNorItsCoBuilders()
    {
        var kept = await AddProjectAsync("health", ProjectStage.Approved, coBuilders: ["education"]);
        var deleted = await AddProjectAsync("education", ProjectStage.Approved, coBuilders: ["health", "transport"]);

        // Deleted by the database's cascade, as a plain statement would: the co-builders are not loaded.
        await WriteAsync(db => db.Set<Project>().Where(p => p.Id == deleted).ExecuteDeleteAsync());

        Assert.That(kept, Is.Not.EqualTo(deleted));
        await AssertCountsAsync(expectedRows: 2);
    }

    [Test]
    public async Task ShouldCountProjectsRegisteredAtTheSameTime()
    {
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            AddProjectAsync(Departments[i % 2], ProjectStage.Registered, coBuilders: [Departments[2]])));

        await AssertCountsAsync(expectedRows: 3);
    }

    [Test]
    public async Task ShouldCountADepartmentsOpenTasksAsTheyOpenCompleteAndGo()
    {
        var tasks = new[] { OpenTask("education"), OpenTask("education"), OpenTask("health"), OpenTask(null) };
        await WriteAsync(db => db.UserTasks.AddRange(tasks));
        await AssertOpenTasksAsync(new() { ["education"] = 2, ["health"] = 1 });

        await WriteAsync(async db =>
        {
            var first = await db.UserTasks.SingleAsync(t => t.Id == tasks[0].Id);
            first.Status = UserTaskStatus.Completed;
            var moved = await db.UserTasks.SingleAsync(t => t.Id == tasks[2].Id);
            moved.DepartmentCode = "transport";
        });
        await AssertOpenTasksAsync(new() { ["education"] = 1, ["transport"] = 1 });

        await WriteAsync(db => db.UserTasks.Where(t => t.DepartmentCode == "education").ExecuteDeleteAsync());

        await AssertOpenTasksAsync(new() { ["transport"] = 1 });
    }

    private static UserTaskRecord OpenTask(string? department) => new()
    {
        Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = "fill", Status = UserTaskStatus.Open,
        CreatedAt = DateTimeOffset.UtcNow, DepartmentCode = department, DefinitionKey = "counted", DefinitionVersion = 1,
    };

    private async Task<Guid> AddProjectAsync(string lead, ProjectStage stage, string[]? coBuilders = null)
    {
        var id = Guid.NewGuid();
        var project = new Project { Id = id, Code = $"CNT-{id:N}", Name = "计数项目", LeadDepartmentCode = lead, Stage = stage };
        project.CoBuilders.AddRange((coBuilders ?? []).Select(code => new ProjectCoBuilder { ProjectId = id, DepartmentCode = code }));
        await WriteAsync(db => db.Set<Project>().Add(project));
        return id;
    }

    private Task UpdateAsync(Guid id, Action<Project> change) => WriteAsync(async db =>
    {
        var project = await db.Set<Project>().Include(p => p.CoBuilders).SingleAsync(p => p.Id == id);
        change(project);
    });

    private Task WriteAsync(Action<WorkflowsDbContext> write) => WriteAsync(db =>
    {
        write(db);
        return Task.CompletedTask;
    });

    private async Task WriteAsync(Func<WorkflowsDbContext, Task> write)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>The counter rows, zeros left out, equal a fresh count of the projects per lead and stage and of the
    /// co-builders that do not lead, per department and stage.</summary>
    private Task AssertCountsAsync(int expectedRows) => Host.ReadAsync(async db =>
    {
        var projects = await db.Set<Project>().Select(p => new { p.Id, p.LeadDepartmentCode, p.Stage }).ToListAsync();
        var coBuilders = await db.Set<ProjectCoBuilder>().ToListAsync();
        var led = projects.Select(p => (p.LeadDepartmentCode, p.Stage, Led: 1, CoBuilt: 0));
        var coBuilt = coBuilders.Join(projects, c => c.ProjectId, p => p.Id, (c, p) => (c.DepartmentCode, p.LeadDepartmentCode, p.Stage))
            .Where(x => x.DepartmentCode != x.LeadDepartmentCode).Select(x => (LeadDepartmentCode: x.DepartmentCode, x.Stage, Led: 0, CoBuilt: 1));
        var expected = led.Concat(coBuilt).GroupBy(x => (x.LeadDepartmentCode, x.Stage))
            .Select(g => $"{g.Key.LeadDepartmentCode}/{g.Key.Stage}: {g.Sum(x => x.Led)} led, {g.Sum(x => x.CoBuilt)} co-built").Order().ToList();
        var counted = (await db.Set<DepartmentProjectCount>().Where(c => c.Led != 0 || c.CoBuilt != 0).ToListAsync())
            .Select(c => $"{c.DepartmentCode}/{c.Stage}: {c.Led} led, {c.CoBuilt} co-built").Order().ToList();

        Assert.That(counted, Is.EqualTo(expected));
        Assert.That(counted, Has.Count.EqualTo(expectedRows));
        return 0;
    });

    private Task AssertOpenTasksAsync(Dictionary<string, int> expected) => Host.ReadAsync(async db =>
    {
        var fresh = await db.UserTasks.Where(t => t.Status == UserTaskStatus.Open && t.DepartmentCode != null)
            .GroupBy(t => t.DepartmentCode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var counted = await db.Set<DepartmentOpenTaskCount>().Where(c => c.OpenTasks != 0).ToDictionaryAsync(c => c.DepartmentCode, c => c.OpenTasks);

        Assert.That(counted, Is.EqualTo(fresh));
        Assert.That(counted, Is.EqualTo(expected));
        return 0;
    });
}
