using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.ExternalTasks;

/// <summary>
/// External task workers over HTTP, in Camunda's REST shape, as worker accounts with a topic allow-list: fetch and lock,
/// complete with variables, fail with retries or for good (an incident), report a BPMN error, extend a lock; expired
/// locks return tasks to the pool; other workers, other topics and people are refused. Each test publishes its own
/// process with a topic of its own, so no test fetches another's tasks.
/// </summary>
public sealed class ExternalTaskWorkerTests(string provider) : HostFixture(provider)
{
    private const long Minute = 60_000;
    private int processes;

    protected override bool UsesFakeTime => true;

    [OneTimeSetUp]
    public async Task CreateWorkerAccountsAsync()
    {
        var bureau = await SignInAsync("bureau");
        foreach (var name in new[] { "worker-a", "worker-b" })
        {
            await bureau.PostAsJsonAsync("/api/admin/users",
                new { userName = name, displayName = name, password = TestApp.DemoPassword, roles = new[] { "worker" } }).EnsureSuccessAsync();
        }
    }

    [Test]
    public async Task ShouldHandAWorkerTheTaskWithItsVariablesAndMoveTheInstanceOnWhenItCompletes()
    {
        var topic = await PublishAsync();
        var instanceId = await StartAsync(topic, new { amount = 120, payee = "县一中", urgent = true });
        var lockedAt = Time.GetUtcNow();

        var task = (await FetchAsync("worker-a", topic, variables: ["amount", "urgent"])).Single();
        var completed = await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{task.GetProperty("id")}/complete",
            new { workerId = "worker-a", variables = new { voucher = new { value = "PZ-001", type = "String" }, checks = new { value = "{\"bank\":\"ok\"}", type = "Json" } } });

        var instance = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        Assert.Multiple(() =>
        {
            Assert.That(task.GetProperty("topicName").GetString(), Is.EqualTo(topic));
            Assert.That(task.GetProperty("workerId").GetString(), Is.EqualTo("worker-a"));
            Assert.That(task.GetProperty("processInstanceId").GetGuid(), Is.EqualTo(instanceId));
            Assert.That(task.GetProperty("activityId").GetString(), Is.EqualTo("pay"));
            Assert.That(task.GetProperty("businessKey").GetString(), Does.StartWith("EXT-"));
            Assert.That(task.GetProperty("lockExpirationTime").GetDateTimeOffset(), Is.EqualTo(lockedAt.AddMinutes(1)).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(task.GetProperty("retries").ValueKind, Is.EqualTo(JsonValueKind.Null));
            var variables = task.GetProperty("variables");
            Assert.That(variables.EnumerateObject().Select(v => v.Name), Is.EquivalentTo(new[] { "amount", "urgent" }));
            Assert.That(variables.GetProperty("amount").GetProperty("value").GetInt32(), Is.EqualTo(120));
            Assert.That(variables.GetProperty("amount").GetProperty("type").GetString(), Is.EqualTo("Long"));
            Assert.That(variables.GetProperty("urgent").GetProperty("type").GetString(), Is.EqualTo("Boolean"));
            Assert.That(completed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(ActiveActivities(instance), Is.EqualTo(new[] { "review" }));
            Assert.That(instance.GetProperty("variables").GetProperty("voucher").GetString(), Is.EqualTo("PZ-001"));
            Assert.That(instance.GetProperty("variables").GetProperty("checks").GetProperty("bank").GetString(), Is.EqualTo("ok"));
        });
    }

    [Test]
    public async Task ShouldNotHandALockedTaskToAnotherWorker()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        await FetchAsync("worker-a", topic);

        Assert.That(await FetchAsync("worker-b", topic), Is.Empty);
    }

    [Test]
    public async Task ShouldReturnATaskWhoseLockExpiredToThePoolAndRefuseTheWorkerThatLostIt()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();
        Time.Advance(TimeSpan.FromMinutes(1));

        var refetched = await FetchAsync("worker-b", topic);
        var late = await CompleteAsync("worker-a", id);
        var current = await CompleteAsync("worker-b", id);

        Assert.Multiple(async () =>
        {
            Assert.That(refetched.Single().GetProperty("id").GetGuid(), Is.EqualTo(id));
            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await late.ProblemKeysAsync(), Is.EqualTo(new[] { "workerId" }));
            Assert.That(current.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }

    [Test]
    public async Task ShouldRefuseACompletionAfterTheLockExpired()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();
        Time.Advance(TimeSpan.FromMinutes(1));

        var response = await CompleteAsync("worker-a", id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "lockExpirationTime" }));
    }

    [Test]
    public async Task ShouldRefuseACompletionByAnotherWorker()
    {
        var topic = await PublishAsync();
        var instanceId = await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();

        var otherAccount = await CompleteAsync("worker-b", id);
        var otherWorkerId = await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/complete", new { workerId = "worker-a-2" });

        var instance = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        Assert.Multiple(() =>
        {
            Assert.That(otherAccount.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(otherWorkerId.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(ActiveActivities(instance), Is.EqualTo(new[] { "pay" }));
        });
    }

    [Test]
    public async Task ShouldKeepATaskWhoseLockWasExtended()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();
        Time.Advance(TimeSpan.FromSeconds(50));

        var extended = await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/extendLock", new { workerId = "worker-a", newDuration = 2 * Minute });
        Time.Advance(TimeSpan.FromSeconds(30));

        Assert.That(extended.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await FetchAsync("worker-b", topic), Is.Empty);
        Assert.That((await CompleteAsync("worker-a", id)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task ShouldRefuseToExtendAnExpiredLock()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();
        Time.Advance(TimeSpan.FromMinutes(2));

        var response = await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/extendLock", new { workerId = "worker-a", newDuration = Minute });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task ShouldOfferAFailedTaskAgainWithItsRetriesAndErrorOnceTheRetryTimeoutPassed()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();

        var failed = await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/failure",
            new { workerId = "worker-a", errorMessage = "银行接口超时", errorDetails = "timeout after 30s", retries = 2, retryTimeout = 5 * Minute });
        var during = await FetchAsync("worker-b", topic);
        Time.Advance(TimeSpan.FromMinutes(5));
        var after = (await FetchAsync("worker-b", topic)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(during, Is.Empty);
            Assert.That(after.GetProperty("id").GetGuid(), Is.EqualTo(id));
            Assert.That(after.GetProperty("retries").GetInt32(), Is.EqualTo(2));
            Assert.That(after.GetProperty("errorMessage").GetString(), Is.EqualTo("银行接口超时"));
        });
    }

    [Test]
    public async Task ShouldRaiseAnIncidentTheAdminRetriesWhenAWorkerFailsWithNoRetriesLeft()
    {
        var topic = await PublishAsync();
        var instanceId = await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();

        await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/failure",
            new { workerId = "worker-a", errorMessage = "账户已冻结", retries = 0, retryTimeout = 0 }).EnsureSuccessAsync();
        Time.Advance(TimeSpan.FromMinutes(10));
        var whileParked = await FetchAsync("worker-b", topic);
        var bureau = await SignInAsync("bureau");
        var incident = (await bureau.GetFromJsonAsync<JsonElement>($"/api/incidents?status=open&instanceId={instanceId}")).GetProperty("items").EnumerateArray().Single();
        await bureau.PostAsync($"/api/incidents/{incident.GetProperty("id")}/retry", null).EnsureSuccessAsync();
        var again = (await FetchAsync("worker-b", topic)).Single().GetProperty("id").GetGuid();
        await CompleteAsync("worker-b", again).EnsureSuccessAsync();

        var instance = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        Assert.Multiple(() =>
        {
            Assert.That(incident.GetProperty("activityId").GetString(), Is.EqualTo("pay"));
            Assert.That(incident.GetProperty("message").GetString(), Does.Contain("账户已冻结"));
            Assert.That(whileParked, Is.Empty);
            Assert.That(again, Is.Not.EqualTo(id));
            Assert.That(ActiveActivities(instance), Is.EqualTo(new[] { "review" }));
        });
    }

    [Test]
    public async Task ShouldFollowTheErrorBoundaryOfTheTaskWhenTheWorkerReportsABpmnError()
    {
        var topic = await PublishAsync();
        var instanceId = await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();

        var response = await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/bpmnError",
            new { workerId = "worker-a", errorCode = "PAYMENT_REFUSED", errorMessage = "收款账户不存在", variables = new { refusal = new { value = "account unknown" } } });

        var instance = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(ActiveActivities(instance), Is.EqualTo(new[] { "fix" }));
            Assert.That(instance.GetProperty("variables").GetProperty("refusal").GetString(), Is.EqualTo("account unknown"));
            var error = instance.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "ErrorThrown");
            Assert.That((error.GetProperty("activityId").GetString(), error.GetProperty("errorCode").GetString(), error.GetProperty("errorMessage").GetString()),
                Is.EqualTo(("pay", "PAYMENT_REFUSED", "收款账户不存在")));
        });
    }

    [Test]
    public async Task ShouldRaiseAnIncidentForABpmnErrorNoBoundaryCatches()
    {
        var topic = await PublishAsync();
        var instanceId = await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();

        await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/bpmnError", new { workerId = "worker-a", errorCode = "UNEXPECTED" }).EnsureSuccessAsync();

        var incidents = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/incidents?status=open&instanceId={instanceId}");
        Assert.That(incidents.GetProperty("items").EnumerateArray().Single().GetProperty("message").GetString(), Does.Contain("UNEXPECTED"));
    }

    [Test]
    public async Task ShouldForbidATopicThatIsNotOnTheWorkersAllowList()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();
        await GrantAsync("worker-b", "archive");

        var fetch = await (await SignInAsync("worker-b")).PostAsJsonAsync("/api/external-tasks/fetchAndLock", FetchBody("worker-b", topic));
        var complete = await CompleteAsync("worker-b", id);

        Assert.That(fetch.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("dept-a")]
    [TestCase("finance")]
    [TestCase("bureau")]
    public async Task ShouldForbidPeopleTheWorkerEndpoints(string userName)
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var client = await SignInAsync(userName);

        var fetch = await client.PostAsJsonAsync("/api/external-tasks/fetchAndLock", FetchBody(userName, topic));
        var complete = await client.PostAsJsonAsync($"/api/external-tasks/{Guid.NewGuid()}/complete", new { workerId = userName });

        Assert.That(fetch.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("/api/instances")]
    [TestCase("/api/tasks?status=open")]
    [TestCase("/api/projects")]
    [TestCase("/api/external-tasks")]
    public async Task ShouldForbidAWorkerAccountAnythingButItsTasks(string path)
    {
        var response = await (await SignInAsync("worker-a")).GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldTellAWorkerAccountWhoItIs()
    {
        var response = await (await SignInAsync("worker-a")).GetAsync("/api/auth/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((me.GetProperty("userName").GetString(), me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Single()),
            Is.EqualTo(("worker-a", "worker")));
    }

    [Test]
    public async Task ShouldListTheOpenTasksOfATopicToAdmins()
    {
        var topic = await PublishAsync();
        var instanceId = await StartAsync(topic);
        await FetchAsync("worker-a", topic);

        var tasks = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/external-tasks?topicName={topic}");

        var task = tasks.EnumerateArray().Single();
        Assert.That((task.GetProperty("processInstanceId").GetGuid(), task.GetProperty("workerId").GetString()), Is.EqualTo((instanceId, "worker-a")));
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownTask()
    {
        var response = await CompleteAsync("worker-a", Guid.NewGuid());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldRefuseABadFetchWithProblemsKeyedByField()
    {
        await GrantAsync("worker-a", "archive");

        var response = await (await SignInAsync("worker-a")).PostAsJsonAsync("/api/external-tasks/fetchAndLock",
            new { workerId = " ", maxTasks = 0, topics = new[] { new { topicName = "archive", lockDuration = 0 } } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EquivalentTo(new[] { "workerId", "maxTasks", "topics[0].lockDuration" }));
    }

    [Test]
    public async Task ShouldRefuseAFailureWithoutRetries()
    {
        var topic = await PublishAsync();
        await StartAsync(topic);
        var id = (await FetchAsync("worker-a", topic)).Single().GetProperty("id").GetGuid();

        var response = await (await SignInAsync("worker-a")).PostAsJsonAsync($"/api/external-tasks/{id}/failure", new { workerId = "worker-a", errorMessage = "x" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ProblemKeysAsync(), Is.EqualTo(new[] { "retries" }));
    }

    [Test]
    public async Task ShouldLetTheSeededFinanceWorkerFetchItsTopicOnly()
    {
        var client = await SignInAsync("worker-finance");

        var own = await client.PostAsJsonAsync("/api/external-tasks/fetchAndLock", FetchBody("finance-1", "finance-payment"));
        var other = await client.PostAsJsonAsync("/api/external-tasks/fetchAndLock", FetchBody("finance-1", "archive"));

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldDescribeTheWorkerEndpointsInTheOpenApiDocument()
    {
        var document = await Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Multiple(() =>
        {
            foreach (var path in new[] { "fetchAndLock", "{id}/complete", "{id}/failure", "{id}/bpmnError", "{id}/extendLock" })
                Assert.That(paths.TryGetProperty($"/api/external-tasks/{path}", out _), Is.True, path);
            Assert.That(document.GetProperty("components").GetProperty("schemas").TryGetProperty("FetchAndLockRequest", out _), Is.True);
            Assert.That(document.GetProperty("components").GetProperty("schemas").TryGetProperty("LockedExternalTaskResponse", out _), Is.True);
        });
    }

    [Test]
    public async Task ShouldCompleteEachTaskExactlyOnceWhenTwoWorkersCompeteInParallel()
    {
        const int count = 24;
        var topic = await PublishAsync();
        var instances = new List<Guid>();
        for (var i = 0; i < count; i++)
            instances.Add(await StartAsync(topic));
        var done = new ConcurrentDictionary<Guid, string>();
        var duplicates = new ConcurrentBag<Guid>();
        var refused = new ConcurrentBag<HttpStatusCode>();
        await SignInAsync("worker-a");
        await SignInAsync("worker-b");

        async Task WorkAsync(string worker)
        {
            while (true)
            {
                var batch = await FetchAsync(worker, topic, maxTasks: 3);
                if (batch.Count == 0)
                    return;
                foreach (var task in batch)
                {
                    var id = task.GetProperty("id").GetGuid();
                    if (!done.TryAdd(id, worker))
                        duplicates.Add(id);
                    var response = await CompleteAsync(worker, id);
                    if (response.StatusCode != HttpStatusCode.NoContent)
                        refused.Add(response.StatusCode);
                }
            }
        }

        await Task.WhenAll(Task.Run(() => WorkAsync("worker-a")), Task.Run(() => WorkAsync("worker-b")));

        var bureau = await SignInAsync("bureau");
        var atReview = 0;
        foreach (var instanceId in instances)
        {
            var instance = await bureau.GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
            atReview += ActiveActivities(instance).SequenceEqual(["review"]) ? 1 : 0;
        }

        Assert.Multiple(() =>
        {
            Assert.That(duplicates, Is.Empty);
            Assert.That(refused, Is.Empty);
            Assert.That(done, Has.Count.EqualTo(count));
            Assert.That(atReview, Is.EqualTo(count));
        });
    }

    /// <summary>Publishes a payment process whose external task has a topic of its own, and lets both test workers fetch it.</summary>
    private async Task<string> PublishAsync()
    {
        var key = $"ext-{Interlocked.Increment(ref processes)}";
        var topic = $"payment-{key}";
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-{key}" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
              <bpmn:error id="refusedError" errorCode="PAYMENT_REFUSED" />
              <bpmn:process id="{key}" name="外部任务测试" isExecutable="true">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="toPay" sourceRef="start" targetRef="pay" />
                <bpmn:serviceTask id="pay" name="财政支付" camunda:type="external" camunda:topic="{topic}" />
                <bpmn:boundaryEvent id="refused" attachedToRef="pay"><bpmn:errorEventDefinition errorRef="refusedError" /></bpmn:boundaryEvent>
                <bpmn:sequenceFlow id="toReview" sourceRef="pay" targetRef="review" />
                <bpmn:sequenceFlow id="toFix" sourceRef="refused" targetRef="fix" />
                <bpmn:userTask id="review" name="财政审核" camunda:candidateGroups="finance" />
                <bpmn:userTask id="fix" name="更正收款信息" camunda:candidateGroups="finance" />
                <bpmn:sequenceFlow id="reviewToEnd" sourceRef="review" targetRef="end" />
                <bpmn:sequenceFlow id="fixToEnd" sourceRef="fix" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync($"/api/definitions/{key}/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync($"/api/definitions/{key}/versions/1/publish", null).EnsureSuccessAsync();
        await GrantAsync("worker-a", topic);
        await GrantAsync("worker-b", topic);
        return topic;
    }

    private async Task GrantAsync(string worker, string topic) =>
        await (await SignInAsync("bureau")).PutAsJsonAsync($"/api/admin/users/{worker}/topics", new { topics = new[] { topic } }).EnsureSuccessAsync();

    private async Task<Guid> StartAsync(string topic, object? variables = null)
    {
        var key = topic["payment-".Length..];
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances",
            new { definitionKey = key, businessKey = $"EXT-{Guid.NewGuid():N}", variables = variables ?? new { } }).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    private static object FetchBody(string workerId, string topic, int maxTasks = 1, string[]? variables = null) =>
        new { workerId, maxTasks, topics = new[] { new { topicName = topic, lockDuration = Minute, variables } } };

    private async Task<List<JsonElement>> FetchAsync(string worker, string topic, int maxTasks = 1, string[]? variables = null)
    {
        var response = await (await SignInAsync(worker)).PostAsJsonAsync("/api/external-tasks/fetchAndLock", FetchBody(worker, topic, maxTasks, variables)).EnsureSuccessAsync();
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    private async Task<HttpResponseMessage> CompleteAsync(string worker, Guid id) =>
        await (await SignInAsync(worker)).PostAsJsonAsync($"/api/external-tasks/{id}/complete", new { workerId = worker });

    private static List<string?> ActiveActivities(JsonElement instance) =>
        [.. instance.GetProperty("activeActivityIds").EnumerateArray().Select(a => a.GetString())];
}
