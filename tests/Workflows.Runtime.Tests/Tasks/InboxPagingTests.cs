using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Tasks.ListTasks;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Tasks;

/// <summary>
/// A caller's inbox, read from the first tasks of each way they see tasks, pages exactly as the plain query does: every
/// visible task filtered by one predicate and sorted by the database, in each order, on every page, with the same total.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class InboxPagingTests(string provider) : ProviderFixture(provider)
{
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

    private static readonly ListTasks[] Callers =
    [
        // A department clerk: department groups count on their department's tasks only.
        new(User: "dept.clerk", DepartmentGroups: ["department"], Department: "DEPT-A"),
        // A reviewer of one county-wide group.
        new(User: "reviewer", Groups: ["finance"]),
        // Several county-wide groups that share tasks, and a department as well.
        new(User: "lead", Groups: ["finance", "bureau", "county"], DepartmentGroups: ["department"], Department: "DEPT-B"),
    ];

    [Test]
    public async Task ShouldPageEveryCallersInboxAsThePlainQueryDoes()
    {
        await SeedAsync(240);
        foreach (var caller in Callers)
            foreach (var sort in Enum.GetValues<TaskSort>())
                foreach (var (skip, take) in new[] { (0, 7), (7, 7), (21, 7), (0, 50), (50, 50), (120, 50), (0, 500) })
                {
                    var query = caller with { Sort = sort, Skip = skip, Take = take };
                    var page = await Host.QueryAsync(query);
                    var (expected, total) = await PlainAsync(query);
                    var label = $"{caller.User} sorted by {sort}, skip {skip}, take {take}";
                    Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(expected), label);
                    Assert.That((page.Total, page.TotalCapped), Is.EqualTo((total, false)), label);
                }
    }

    [Test]
    public async Task ShouldSeeTheTasksEachWayGivesAndNoOthers()
    {
        await SeedAsync(240);
        foreach (var caller in Callers)
        {
            var page = await Host.QueryAsync(caller with { Take = 500 });
            var (expected, _) = await PlainAsync(caller with { Take = 500 });
            Assert.That(expected, Has.Count.GreaterThan(20), caller.User);
            Assert.That(page.Items.Select(t => t.Id), Is.EquivalentTo(expected), caller.User);
        }
    }

    [Test]
    public async Task ShouldFilterEveryCallersInboxByBusinessKeyAsThePlainQueryDoes()
    {
        await SeedAsync(240);
        // One task in four under the key, of every kind: read by the key's index and each tested for the caller.
        await Host.ReadAsync(db => db.UserTasks.Where(t => t.Priority == 60).ExecuteUpdateAsync(s => s.SetProperty(t => t.BusinessKey, "KEY-A")));
        foreach (var caller in Callers)
            foreach (var sort in Enum.GetValues<TaskSort>())
                foreach (var (skip, take) in new[] { (0, 5), (5, 5), (0, 500) })
                {
                    var query = caller with { BusinessKey = "KEY-A", Sort = sort, Skip = skip, Take = take };
                    var page = await Host.QueryAsync(query);
                    var (expected, total) = await PlainAsync(query);
                    var label = $"{caller.User} sorted by {sort}, skip {skip}, take {take}";
                    Assert.That(total, Is.GreaterThan(5), label);
                    Assert.That(page.Items.Select(t => t.Id), Is.EqualTo(expected), label);
                    Assert.That((page.Total, page.TotalCapped), Is.EqualTo((total, false)), label);
                }
    }

    /// <summary>
    /// Tasks of every kind a caller may or may not see, with due dates, priorities and creation times that tie in places
    /// (so the id decides), spread so that each way of seeing tasks holds some of every page.
    /// </summary>
    private async Task SeedAsync(int count)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        string[] users = ["dept.clerk", "reviewer", "lead", "someone.else"];
        string[] groups = ["finance", "bureau", "county", "department", "other"];
        string[] departments = ["DEPT-A", "DEPT-B", "DEPT-C"];
        for (var i = 0; i < count; i++)
        {
            var task = new UserTaskRecord
            {
                Id = Guid.NewGuid(), InstanceId = Guid.NewGuid(), ExecutionId = Guid.NewGuid(), ActivityId = "step", Name = $"step {i}",
                Status = i % 17 == 0 ? UserTaskStatus.Completed : UserTaskStatus.Open,
                DueAt = i % 3 == 0 ? null : Start.AddDays(i % 11),
                Priority = 50 + i % 4 * 10,
                CreatedAt = Start.AddMinutes(-(i % 29)),
                DepartmentCode = i % 5 == 0 ? null : departments[i % departments.Length],
                DefinitionKey = "inbox", DefinitionVersion = 1,
            };
            switch (i % 9)
            {
                case 0: task.Assignee = users[i / 9 % users.Length]; break;
                case 1: task.CompletedBy = users[i / 9 % users.Length]; task.Assignee = "someone.else"; break;
                case 2: task.Owner = users[i / 9 % users.Length]; task.Assignee = "someone.else"; task.Delegation = DelegationState.Pending; break;
                case 3: task.Candidates.Add(new UserTaskCandidate { Kind = CandidateKind.User, Value = users[i / 9 % users.Length] }); break;
                case 4: task.Assignee = "someone.else"; break;
                // Delegated, resolved back to its owner, then given back to its candidates by the owner: owned, unassigned.
                case 5: task.Owner = users[i / 9 % users.Length]; task.Delegation = DelegationState.Resolved; break;
            }

            // One to three candidate groups, some shared by the caller's groups, some claimed (assigned) by someone else.
            for (var g = 0; g <= i % 3; g++)
            {
                var group = groups[(i + g * 2) % groups.Length];
                if (task.Candidates.All(c => c.Value != group))
                    task.Candidates.Add(new UserTaskCandidate { Kind = CandidateKind.Group, Value = group });
            }

            db.UserTasks.Add(task);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The plain query: every task the caller may see, as one predicate on each task, sorted and paged by the database.</summary>
    private Task<(List<Guid> Ids, int Total)> PlainAsync(ListTasks query) => Host.ReadAsync(async db =>
    {
        var user = query.User!;
        var groups = query.Groups ?? [];
        var departmentGroups = query.DepartmentGroups ?? [];
        var department = query.Department;
        var visible = db.UserTasks.Where(t => t.Status == UserTaskStatus.Open && (query.BusinessKey == null || t.BusinessKey == query.BusinessKey)
            && (t.Assignee == user || t.CompletedBy == user || t.Owner == user
                || (t.Assignee == null && db.Set<UserTaskCandidate>().Any(c => c.TaskId == t.Id
                    && ((c.Kind == CandidateKind.User && c.Value == user)
                        || (c.Kind == CandidateKind.Group && groups.Contains(c.Value))
                        || (c.Kind == CandidateKind.Group && t.DepartmentCode == department && departmentGroups.Contains(c.Value)))))));
        var sorted = query.Sort switch
        {
            TaskSort.Created => visible.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id),
            TaskSort.Priority => visible.OrderByDescending(t => t.Priority).ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id),
            _ => visible.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id),
        };
        return (await sorted.Skip(query.Skip).Take(query.Take).Select(t => t.Id).ToListAsync(), await visible.CountAsync());
    });
}
