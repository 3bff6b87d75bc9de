using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary><c>/api/migrations</c> as the bureau admin: a plan mapping equal ids, validation of the plan and of the instances,
/// and execution that moves each fitting instance to the new version and skips the others; clerks are refused.</summary>
public sealed class MigrationEndpointTests(string provider) : ProcessFixture(provider)
{
    [OneTimeSetUp]
    public async Task PublishASecondVersionAsync()
    {
        var xml = (await File.ReadAllTextAsync(TestApp.TestBpmnPath))
            .Replace("<bpmn:outgoing>toEnd</bpmn:outgoing>", "<bpmn:outgoing>toArchive</bpmn:outgoing>", StringComparison.Ordinal)
            .Replace("<bpmn:incoming>toEnd</bpmn:incoming>", "<bpmn:incoming>archived</bpmn:incoming>", StringComparison.Ordinal)
            .Replace("<bpmn:sequenceFlow id=\"toEnd\" sourceRef=\"review\" targetRef=\"end\" />",
                """
                <bpmn:userTask id="archive" name="归档" camunda:candidateGroups="bureau"><bpmn:incoming>toArchive</bpmn:incoming><bpmn:outgoing>archived</bpmn:outgoing></bpmn:userTask>
                <bpmn:sequenceFlow id="toArchive" sourceRef="review" targetRef="archive" />
                <bpmn:sequenceFlow id="archived" sourceRef="archive" targetRef="end" />
                """, StringComparison.Ordinal);
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync("/api/definitions/host-test/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync("/api/definitions/host-test/versions/2/publish", null).EnsureSuccessAsync();
    }

    [Test]
    public async Task ShouldGenerateAPlanThatMapsEqualIds()
    {
        var generated = await PlanAsync();

        Assert.Multiple(() =>
        {
            Assert.That(generated.GetProperty("plan").GetProperty("instructions").EnumerateArray()
                .Select(i => (Id(i, "sourceActivityIds"), Id(i, "targetActivityIds"))), Is.EqualTo(new[] { ("fill", "fill"), ("review", "review") }));
            Assert.That(generated.GetProperty("unmappedActivities").GetArrayLength(), Is.Zero);
            Assert.That(generated.GetProperty("targetActivities").EnumerateArray().Select(a => a.GetProperty("id").GetString()), Does.Contain("archive"));
        });
    }

    [Test]
    public async Task ShouldMoveARunningInstanceToTheNewVersionKeepingItsTask()
    {
        var clerk = await SignInAsync("dept-a");
        var (instance, businessKey) = await StartOnVersionOneAsync(clerk);
        var task = (await OpenTasksAsync(clerk, businessKey)).Single();
        var bureau = await SignInAsync("bureau");

        var response = await bureau.PostAsJsonAsync("/api/migrations/execute", new { plan = (await PlanAsync()).GetProperty("plan"), instanceIds = new[] { instance } });

        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        var details = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances/{instance}");
        var tasks = await OpenTasksAsync(clerk, businessKey);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(outcome.GetProperty("migrated").EnumerateArray().Select(i => i.GetGuid()), Is.EqualTo(new[] { instance }));
            Assert.That(details.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(tasks.Select(t => t.Id), Is.EqualTo(new[] { task.Id }));
        });
    }

    [Test]
    public async Task ShouldListTheRunningInstancesOfTheSourceVersionWithTheirActiveActivities()
    {
        var atReview = await StartAtReviewAsync(await SignInAsync("dept-a"));

        var listed = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>("/api/migrations/instances?definitionKey=host-test&version=1");

        var row = listed.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == atReview);
        Assert.That(row.GetProperty("activeActivityIds").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "review" }));
    }

    [Test]
    public async Task ShouldReportTheInstanceWhoseActiveActivityThePlanLeavesUnmapped()
    {
        var clerk = await SignInAsync("dept-a");
        var (atFill, _) = await StartOnVersionOneAsync(clerk);
        var atReview = await StartAtReviewAsync(clerk);

        var report = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/migrations/validate", new { plan = FillOnlyPlan, instanceIds = new[] { atFill, atReview } });

        var body = await report.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(body.GetProperty("planErrors").GetArrayLength(), Is.Zero);
            Assert.That(body.GetProperty("instanceErrors").EnumerateArray().Select(e => (e.GetProperty("instanceId").GetGuid(), e.GetProperty("activityId").GetString())),
                Is.EqualTo(new[] { (atReview, "review") }));
        });
    }

    [Test]
    public async Task ShouldSkipTheInstanceThatDoesNotFitAndMigrateTheOther()
    {
        var clerk = await SignInAsync("dept-a");
        var (atFill, _) = await StartOnVersionOneAsync(clerk);
        var atReview = await StartAtReviewAsync(clerk);
        var bureau = await SignInAsync("bureau");

        var response = await bureau.PostAsJsonAsync("/api/migrations/execute", new { plan = FillOnlyPlan, instanceIds = new[] { atFill, atReview } }).EnsureSuccessAsync();
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();

        var skipped = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances/{atReview}");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.GetProperty("migrated").EnumerateArray().Select(i => i.GetGuid()), Is.EqualTo(new[] { atFill }));
            Assert.That(outcome.GetProperty("failed").EnumerateArray().Select(f => f.GetProperty("instanceId").GetGuid()), Is.EqualTo(new[] { atReview }));
            Assert.That(skipped.GetProperty("version").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ShouldAnswer400ForAPlanThatMapsATaskToAnEndEvent()
    {
        var clerk = await SignInAsync("dept-a");
        var (instance, _) = await StartOnVersionOneAsync(clerk);
        var plan = new { sourceDefinitionKey = "host-test", sourceVersion = 1, targetVersion = 2, instructions = new[] { Instruction("fill", "end") } };

        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/migrations/execute", new { plan, instanceIds = new[] { instance } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Does.Contain("instructions[0]"));
    }

    [Test]
    public async Task ShouldAnswer400WithoutAPlan()
    {
        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/migrations/execute", new { all = true });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Does.Contain("plan"));
    }

    [Test]
    public async Task ShouldAnswer400ForAVersionThatDoesNotExist()
    {
        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/migrations/plan",
            new { sourceDefinitionKey = "host-test", sourceVersion = 1, targetVersion = 9 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Does.Contain("targetVersion"));
    }

    [Test]
    public async Task ShouldAnswer400WhenNeitherInstancesNorAllAreNamed()
    {
        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/migrations/execute", new { plan = FillOnlyPlan });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Does.Contain("instanceIds"));
    }

    [Test]
    public async Task ShouldDescribeTheMigrationEndpointsInTheOpenApiDocument()
    {
        var document = await Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name);
        Assert.That(paths, Is.SupersetOf(new[] { "/api/migrations/plan", "/api/migrations/validate", "/api/migrations/execute" }));
    }

    [Test]
    public async Task ShouldForbidTheInstanceListToAClerk()
    {
        var response = await (await SignInAsync("dept-a")).GetAsync("/api/migrations/instances?definitionKey=host-test&version=1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("/api/migrations/plan")]
    [TestCase("/api/migrations/validate")]
    [TestCase("/api/migrations/execute")]
    public async Task ShouldForbidMigrationToAClerk(string path)
    {
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync(path, new { plan = FillOnlyPlan, all = true });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static object FillOnlyPlan => new { sourceDefinitionKey = "host-test", sourceVersion = 1, targetVersion = 2, instructions = new[] { Instruction("fill", "fill") } };

    private static object Instruction(string source, string target) => new { sourceActivityIds = new[] { source }, targetActivityIds = new[] { target } };

    private static string? Id(JsonElement instruction, string property) => instruction.GetProperty(property).EnumerateArray().Single().GetString();

    private async Task<JsonElement> PlanAsync()
    {
        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/migrations/plan", new { sourceDefinitionKey = "host-test", sourceVersion = 1, targetVersion = 2 })
            .EnsureSuccessAsync();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<(Guid InstanceId, string BusinessKey)> StartOnVersionOneAsync(HttpClient starter)
    {
        var businessKey = $"MG-{Guid.NewGuid():N}";
        var response = await starter.PostAsJsonAsync("/api/instances", new { definitionKey = "host-test", version = 1, businessKey, variables = new { } }).EnsureSuccessAsync();
        return ((await response.Content.ReadFromJsonAsync<Started>())!.InstanceId, businessKey);
    }

    private static async Task<Guid> StartAtReviewAsync(HttpClient clerk)
    {
        var (instance, businessKey) = await StartOnVersionOneAsync(clerk);
        await CompleteAsync(clerk, (await OpenTasksAsync(clerk, businessKey)).Single().Id, ValidFill).EnsureSuccessAsync();
        return instance;
    }
}
