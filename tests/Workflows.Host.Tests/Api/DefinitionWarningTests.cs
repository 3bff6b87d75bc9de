using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>What the engine reads past in a model is named, never dropped silently: validating and publishing answer
/// with the warnings, and the model stays valid.</summary>
public sealed class DefinitionWarningTests(string provider) : HostFixture(provider)
{
    private const string Listened = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
          <process id="warning-test" name="警告测试流程" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" name="审核" camunda:candidateGroups="finance" camunda:asyncBefore="true">
              <extensionElements><camunda:taskListener event="create" class="org.example.Notify" /></extensionElements>
            </userTask>
            <sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    [Test]
    public async Task ShouldAnswerValidationWithTheWarnings()
    {
        var response = await (await SignInAsync("bureau")).PostAsync("/api/definitions/validate", new StringContent(Listened, Encoding.UTF8, "application/xml"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(result.GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(result.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()), Is.EqualTo(new[]
        {
            "6: review: camunda:asyncBefore is ignored: every command runs in one transaction here; there are no asynchronous continuations",
            "7: review: camunda:taskListener is ignored: listeners are not run",
        }));
    }

    [Test]
    public async Task ShouldAnswerPublishingWithTheWarnings()
    {
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync("/api/definitions/warning-test/drafts", new StringContent(Listened, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();

        var response = await bureau.PostAsync("/api/definitions/warning-test/versions/1/publish", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(outcome.GetProperty("published").GetBoolean(), Is.True);
        Assert.That(outcome.GetProperty("warnings").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldAnswerASavedDraftWithTheWarnings()
    {
        var response = await (await SignInAsync("bureau")).PostAsync("/api/definitions/warning-draft-test/drafts",
            new StringContent(Listened.Replace("warning-test", "warning-draft-test", StringComparison.Ordinal), Encoding.UTF8, "application/xml"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(saved.GetProperty("problems").GetArrayLength(), Is.Zero);
        Assert.That(saved.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()), Does.Contain("6: review: camunda:asyncBefore is ignored: every command runs in one transaction here; there are no asynchronous continuations"));
    }
}
