using System.Net;
using System.Net.Http.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>The inbox's search, filters, sorting and paging on GET /api/tasks, as a department clerk uses them.</summary>
public sealed class TaskListQueryTests(string provider) : ProcessFixture(provider)
{
    private sealed record Item(Guid Id, Guid InstanceId, string? BusinessKey);

    private sealed record Page(Item[] Items, int Total, bool TotalCapped);

    [Test]
    public async Task ShouldPageTheSearchedTasksWithTheirTotal()
    {
        var clerk = await SignInAsync("dept-a");
        var prefix = await StartSeveralAsync(clerk, 3);

        var first = await ListAsync(clerk, $"search={prefix}&take=2");
        var second = await ListAsync(clerk, $"search={prefix}&take=2&skip=2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Total, Is.EqualTo(3));
            Assert.That(first.Items, Has.Length.EqualTo(2));
            Assert.That(second.Items, Has.Length.EqualTo(1));
            Assert.That(first.Items.Concat(second.Items).Select(task => task.Id).Distinct().Count(), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ShouldFindATaskByAFragmentOfItsBusinessKeyOnly()
    {
        var clerk = await SignInAsync("dept-a");
        var prefix = await StartSeveralAsync(clerk, 2);

        var found = await ListAsync(clerk, $"search={prefix}-1");

        Assert.That(found.Total, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldListOnlyTheCallersClaimedTasksWhenAssignedToMe()
    {
        var clerk = await SignInAsync("dept-a");
        var prefix = await StartSeveralAsync(clerk, 2);
        var tasks = await ListAsync(clerk, $"search={prefix}");
        await clerk.PostAsync($"/api/tasks/{tasks.Items[0].Id}/claim", null).EnsureSuccessAsync();

        var mine = await ListAsync(clerk, $"search={prefix}&assignedToMe=true");
        var unassigned = await ListAsync(clerk, $"search={prefix}&unassigned=true");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mine.Items.Select(task => task.Id), Is.EqualTo(new[] { tasks.Items[0].Id }));
            Assert.That(unassigned.Items.Select(task => task.Id), Is.EqualTo(new[] { tasks.Items[1].Id }));
        }
    }

    [Test]
    public async Task ShouldFilterByCandidateGroup()
    {
        var clerk = await SignInAsync("dept-a");
        var prefix = await StartSeveralAsync(clerk, 1);

        var department = await ListAsync(clerk, $"search={prefix}&group=department");
        var finance = await ListAsync(clerk, $"search={prefix}&group=finance");

        Assert.That((department.Total, finance.Total), Is.EqualTo((1, 0)));
    }

    [Test]
    public async Task ShouldListTheNewestFirstWhenSortedByCreation()
    {
        var clerk = await SignInAsync("dept-a");
        var prefix = await StartSeveralAsync(clerk, 3);

        var newest = await ListAsync(clerk, $"search={prefix}&sort=created");

        Assert.That(newest.Items.Select(task => task.BusinessKey), Is.EqualTo(new[] { $"{prefix}-2", $"{prefix}-1", $"{prefix}-0" }));
    }

    [Test]
    public async Task ShouldFindNothingOverdueAmongTasksWithoutADueDate()
    {
        var clerk = await SignInAsync("dept-a");
        var prefix = await StartSeveralAsync(clerk, 1);

        var overdue = await ListAsync(clerk, $"search={prefix}&overdue=true");
        var dueSoon = await ListAsync(clerk, $"search={prefix}&dueWithinDays=5");

        Assert.That((overdue.Total, dueSoon.Total), Is.EqualTo((0, 0)));
    }

    [TestCase("sort=oldest", "sort")]
    [TestCase("dueWithinDays=-1", "dueWithinDays")]
    [TestCase("take=0", "take")]
    [TestCase("take=501", "take")]
    [TestCase("skip=-1", "skip")]
    public async Task ShouldRefuseABadQueryWithProblemDetailsKeyedByTheParameter(string query, string key)
    {
        var response = await (await SignInAsync("dept-a")).GetAsync($"/api/tasks?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { key }));
    }

    // Starts `count` instances keyed PREFIX-0, PREFIX-1…, one after another, so their tasks are created in that order.
    private async Task<string> StartSeveralAsync(HttpClient starter, int count)
    {
        var prefix = $"TQ{Guid.NewGuid():N}"[..12];
        for (var i = 0; i < count; i++)
        {
            await starter.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", businessKey = $"{prefix}-{i}", variables = new { } })
                .EnsureSuccessAsync();
            await Task.Delay(20);
        }

        return prefix;
    }

    private static async Task<Page> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Page>($"/api/tasks?status=open&{query}"))!;
}
