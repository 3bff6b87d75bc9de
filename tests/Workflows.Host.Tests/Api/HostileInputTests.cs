using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// Inputs that once answered 500: each must be refused with a 400 problem (never a 500), on every provider.
/// NUL characters and unpaired surrogates anywhere (query, JSON names and values, file names; Kestrel refuses a NUL
/// in the path itself), missing
/// or null nested objects, dates outside the calendar's years, numbers beyond the decimal range in expressions,
/// variables over the limits; and models that run away (a process calling itself, a loop of gateways) answer 409.
/// </summary>
public sealed class HostileInputTests(string provider) : ProcessFixture(provider)
{
    private const string Nul = "\\u0000";
    private const string LoneHigh = "\\ud800";
    private const string LoneLow = "\\udc00";

    private Guid task;
    private Guid instance;
    private Guid project;

    public sealed record Case(string Name, string User, string Method, string Path, string? Json = null, string? FileName = null,
        HttpStatusCode Status = HttpStatusCode.BadRequest)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Case> Cases =>
    [
        new("NUL in a business key", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","businessKey":"HT-{{{Nul}}}-1"}"""),
        new("NUL in a variable name at start", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","variables":{"a{{{Nul}}}b":1}}"""),
        new("NUL in a variable value at start", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","variables":{"title":"x{{{Nul}}}y"}}"""),
        new("NUL in a nested variable value", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","variables":{"budget":{"items":["x{{{Nul}}}"] } } }"""),
        new("NUL in a variable name on completion", "dept-a", "POST", "/api/tasks/{task}/complete", $$$"""{"variables":{"title{{{Nul}}}":"门户","amount":5}}"""),
        new("NUL in a comment", "dept-a", "POST", "/api/tasks/{task}/comments", $$$"""{"text":"请补充{{{Nul}}}材料"}"""),
        new("NUL in a task attachment's name", "dept-a", "POST", "/api/tasks/{task}/attachments", FileName: "说明\0.pdf"),
        new("NUL in a project document's name", "bureau", "POST", "/api/projects/{project}/documents", FileName: "合同\0.pdf"),
        new("NUL in a project code", "bureau", "POST", "/api/projects", $$$"""{"code":"XM{{{Nul}}}1","application":{}}"""),
        new("NUL in a message name", "bureau", "POST", "/api/messages", $$$"""{"name":"m{{{Nul}}}"}"""),
        new("NUL in a message business key", "bureau", "POST", "/api/messages", $$$"""{"name":"m","businessKey":"{{{Nul}}}"}"""),
        new("NUL in a cancel reason", "bureau", "POST", "/api/instances/{instance}/cancel", $$$"""{"reason":"{{{Nul}}}"}"""),
        new("NUL in a catalogue entry", "bureau", "POST", "/api/catalogue", $$$"""{"departmentCode":"education","name":"系统{{{Nul}}}","status":"Running","cloudResources":"x","dataResources":"y"}"""),
        new("NUL in a department code", "bureau", "POST", "/api/departments", $$$"""{"code":"d{{{Nul}}}","name":"部门","kind":"Department"}"""),
        new("NUL in a new user's name", "bureau", "POST", "/api/admin/users", $$$"""{"userName":"u{{{Nul}}}","displayName":"U","password":"Aa1!aaaaaa","roles":[]}"""),
        new("NUL in a sign-in name", "", "POST", "/api/auth/login", $$$"""{"userName":"bureau{{{Nul}}}","password":"x"}"""),
        new("NUL in a day off's reason", "bureau", "POST", "/api/calendar/days-off", $$$"""{"date":"2026-06-04","reason":"防汛{{{Nul}}}"}"""),
        new("NUL in the task list's business key", "dept-a", "GET", "/api/tasks?businessKey=HT%00"),
        new("NUL in the instance list's business key", "bureau", "GET", "/api/instances?businessKey=HT%00"),
        new("NUL in the project search", "bureau", "GET", "/api/projects?search=%00"),
        new("NUL in the catalogue's department", "bureau", "GET", "/api/catalogue?departmentCode=education%00"),
        new("lone high surrogate in a business key", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","businessKey":"HT-{{{LoneHigh}}}"}"""),
        new("lone low surrogate in a variable value", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","variables":{"title":"{{{LoneLow}}}"}}"""),
        new("lone surrogate in a variable name", "dept-a", "POST", "/api/tasks/{task}/complete", $$$"""{"variables":{"{{{LoneHigh}}}x":1}}"""),
        new("lone surrogate in a comment", "dept-a", "POST", "/api/tasks/{task}/comments", $$$"""{"text":"{{{LoneHigh}}}"}"""),
        new("lone surrogate in a project code", "bureau", "POST", "/api/projects", $$$"""{"code":"{{{LoneLow}}}","application":{}}"""),
        new("a project application that is empty", "bureau", "POST", "/api/projects", """{"code":"XM-EMPTY","application":{}}"""),
        new("a project application that is null", "bureau", "POST", "/api/projects", """{"code":"XM-NULL","application":null}"""),
        new("a project without an application", "dept-a", "POST", "/api/projects", """{"code":"XM-NONE"}"""),
        new("a project application without its data-sharing part", "bureau", "POST", "/api/projects", """{"code":"XM-DS","application":{"name":"门户","kind":"New","leadDepartmentCode":"education","scope":"s","inAnnualPlan":true,"isMajor":false,"docksWithUpperLevelSystem":false,"totalBudget":1,"yearBudgets":[],"systemIds":[],"cloudServiceCodes":[]}}"""),
        new("a catalogue entry without fields", "bureau", "POST", "/api/catalogue", """{"departmentCode":"education"}"""),
        new("an empty catalogue entry", "bureau", "POST", "/api/catalogue", "{}"),
        new("a new user whose roles are null", "bureau", "POST", "/api/admin/users", """{"userName":"nullroles","displayName":"N","password":"Aa1!aaaaaa","roles":null}"""),
        new("a new user without fields", "bureau", "POST", "/api/admin/users", "{}"),
        new("a due date from year 9999", "dept-a", "GET", "/api/calendar/due?start=9999-12-30&workingDays=5"),
        new("a due date from year 1", "dept-a", "GET", "/api/calendar/due?start=0001-01-01&workingDays=1"),
        new("a due date running past 2099", "dept-a", "GET", "/api/calendar/due?start=2099-12-01&workingDays=3000"),
        new("working days counted in 1900", "dept-a", "GET", "/api/calendar/working-days?from=1900-01-01&to=1900-02-01"),
        new("working days counted up to 9999", "dept-a", "GET", "/api/calendar/working-days?from=9999-12-01&to=9999-12-31"),
        new("a variable of 300 KB", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","variables":{"note":"{{{new string('x', 300_000)}}}"}}"""),
        new("201 variables at start", "bureau", "POST", "/api/instances", $$$"""{"definitionKey":"host-test","variables":{ {{{ManyVariables(201)}}} } }"""),
        new("201 variables on completion", "dept-a", "POST", "/api/tasks/{task}/complete", $$$"""{"variables":{ {{{ManyVariables(201)}}} } }"""),
        new("starting a process that calls itself", "bureau", "POST", "/api/instances", """{"definitionKey":"calls-itself"}""", Status: HttpStatusCode.Conflict),
        new("starting a loop of two gateways", "bureau", "POST", "/api/instances", """{"definitionKey":"gateway-loop"}""", Status: HttpStatusCode.Conflict),
    ];

    [OneTimeSetUp]
    public async Task StartAnInstanceAndRegisterAProjectAsync()
    {
        var clerk = await SignInAsync("dept-a");
        var (started, businessKey) = await StartTestProcessAsync(clerk);
        instance = started.InstanceId;
        task = (await OpenTasksAsync(clerk, businessKey)).Single().Id;
        project = (await ProjectSetup.RegisterAsync(App, "education")).Id;
        var bureau = await SignInAsync("bureau");
        foreach (var (key, xml) in new[] { ("calls-itself", CallsItself), ("gateway-loop", GatewayLoop) })
        {
            await bureau.PostAsync($"/api/definitions/{key}/drafts", Bpmn(xml)).EnsureSuccessAsync();
            await bureau.PostAsync($"/api/definitions/{key}/versions/1/publish", null).EnsureSuccessAsync();
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task ShouldAnswerAHostileInputWithAProblem(Case hostile)
    {
        var response = await SendAsync(hostile);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(hostile.Status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
    }

    [Test]
    public async Task ShouldReportA35DigitNumberInAConditionWhenValidating()
    {
        var response = await (await SignInAsync("bureau")).PostAsync("/api/definitions/validate", Bpmn(HugeNumberProcess));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(result.GetProperty("problems").ToString(), Does.Contain("number out of range"));
    }

    [Test]
    public async Task ShouldKeyANulInAVariableNameByTheVariables()
    {
        var response = await SendAsync(Cases.Single(hostile => hostile.Name == "NUL in a variable name at start"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(problem.GetProperty("errors").TryGetProperty("variables", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task ShouldNameEachMissingFieldOfAnEmptyApplication()
    {
        var response = await SendAsync(Cases.Single(hostile => hostile.Name == "a project application that is empty"));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.That(errors.EnumerateObject().Select(error => error.Name),
            Is.SupersetOf(new[] { "application.name", "application.scope", "application.yearBudgets", "application.dataSharing" }));
    }

    [Test]
    public async Task ShouldNameTheElementWhereAProcessCallingItselfWasStopped()
    {
        var response = await SendAsync(Cases.Single(hostile => hostile.Name == "starting a process that calls itself"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("'again'"));
    }

    [Test]
    public async Task ShouldKeyAVariableOverTheLimitByTheVariables()
    {
        var response = await SendAsync(Cases.Single(hostile => hostile.Name == "a variable of 300 KB"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(problem.GetProperty("errors").TryGetProperty("variables", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task ShouldStillStartAnInstanceWithAPairedSurrogateInItsVariables()
    {
        var response = await (await SignInAsync("bureau")).PostAsync("/api/instances",
            Json("""{"definitionKey":"host-test","variables":{"title":"\ud83d\ude00 门户"}}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(Case hostile)
    {
        var client = hostile.User == "" ? Anonymous() : await SignInAsync(hostile.User);
        var path = hostile.Path.Replace("{task}", task.ToString()).Replace("{instance}", instance.ToString()).Replace("{project}", project.ToString());
        var request = new HttpRequestMessage(new HttpMethod(hostile.Method), path);
        if (hostile.Json is not null)
            request.Content = Json(hostile.Json);
        else if (hostile.FileName is not null)
            request.Content = FileNamed(hostile.FileName);
        return await client.SendAsync(request);
    }

    private static string ManyVariables(int count) => string.Join(",", Enumerable.Range(1, count).Select(index => $"\"v{index}\":{index}"));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static StringContent Bpmn(string xml) => new(xml, Encoding.UTF8, "application/xml");

    /// <summary>The file name goes in <c>filename*</c> as RFC 5987 percent-encoded UTF-8, which is how a NUL reaches the server.</summary>
    private static MultipartFormDataContent FileNamed(string fileName)
    {
        var form = new MultipartFormDataContent { { new StringContent("Contract"), "kind" } };
        var file = new ByteArrayContent([1, 2, 3]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"" };
        file.Headers.ContentDisposition.Parameters.Add(new NameValueHeaderValue("filename*", "UTF-8''" + Uri.EscapeDataString(fileName)));
        form.Add(file);
        return form;
    }

    private const string CallsItself = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org/test">
          <process id="calls-itself" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="again" />
            <callActivity id="again" calledElement="calls-itself" />
            <sequenceFlow id="f2" sourceRef="again" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    private const string GatewayLoop = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://example.org/test">
          <process id="gateway-loop" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="check" />
            <exclusiveGateway id="check" default="toRecheck" />
            <sequenceFlow id="toEnd" sourceRef="check" targetRef="end">
              <conditionExpression xsi:type="tFormalExpression">${done == true}</conditionExpression>
            </sequenceFlow>
            <sequenceFlow id="toRecheck" sourceRef="check" targetRef="recheck" />
            <exclusiveGateway id="recheck" default="back" />
            <sequenceFlow id="back" sourceRef="recheck" targetRef="check" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    private const string HugeNumberProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="http://example.org/test">
          <process id="huge-number" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toSplit" sourceRef="start" targetRef="split" />
            <exclusiveGateway id="split" default="toOther" />
            <sequenceFlow id="toEnd" sourceRef="split" targetRef="end">
              <conditionExpression xsi:type="tFormalExpression">${amount > 12345678901234567890123456789012345}</conditionExpression>
            </sequenceFlow>
            <sequenceFlow id="toOther" sourceRef="split" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;
}
