using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A BPMN error keeps its code and its <c>camunda:errorMessage</c> in the instance's history, where the timeline shows it: caught by
/// an error boundary event, or uncaught, on the incident it raises.
/// </summary>
public sealed class BpmnErrorHistoryTests(string provider) : HostFixture(provider)
{
    [OneTimeSetUp]
    public async Task PublishErrorProcessesAsync()
    {
        await PublishAsync("error-caught-test", """
            <bpmn:subProcess id="check">
              <bpmn:incoming>toCheck</bpmn:incoming>
              <bpmn:outgoing>toEnd</bpmn:outgoing>
              <bpmn:startEvent id="checkStart"><bpmn:outgoing>toRefuse</bpmn:outgoing></bpmn:startEvent>
              <bpmn:endEvent id="refuse"><bpmn:incoming>toRefuse</bpmn:incoming><bpmn:errorEventDefinition errorRef="budgetError" /></bpmn:endEvent>
              <bpmn:sequenceFlow id="toRefuse" sourceRef="checkStart" targetRef="refuse" />
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="refused" attachedToRef="check"><bpmn:outgoing>toFix</bpmn:outgoing><bpmn:errorEventDefinition errorRef="budgetError" /></bpmn:boundaryEvent>
            <bpmn:userTask id="fix" camunda:candidateGroups="finance"><bpmn:incoming>toFix</bpmn:incoming><bpmn:outgoing>toFixed</bpmn:outgoing></bpmn:userTask>
            <bpmn:endEvent id="fixed"><bpmn:incoming>toFixed</bpmn:incoming></bpmn:endEvent>
            <bpmn:endEvent id="end"><bpmn:incoming>toEnd</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="toCheck" sourceRef="start" targetRef="check" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="check" targetRef="end" />
            <bpmn:sequenceFlow id="toFix" sourceRef="refused" targetRef="fix" />
            <bpmn:sequenceFlow id="toFixed" sourceRef="fix" targetRef="fixed" />
            """);
        await PublishAsync("error-uncaught-test", """
            <bpmn:endEvent id="refuse"><bpmn:incoming>toRefuse</bpmn:incoming><bpmn:errorEventDefinition errorRef="budgetError" /></bpmn:endEvent>
            <bpmn:sequenceFlow id="toRefuse" sourceRef="start" targetRef="refuse" />
            """);
    }

    [Test]
    public async Task ShouldKeepTheCodeAndMessageOfAnErrorTheBoundaryCaughtInTheInstanceHistory()
    {
        var instanceId = await StartAsync("error-caught-test");

        var instance = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/instances/{instanceId}");
        var error = instance.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "ErrorThrown");
        Assert.That((error.GetProperty("activityId").GetString(), error.GetProperty("errorCode").GetString(), error.GetProperty("errorMessage").GetString(),
            error.GetProperty("detail").GetString()), Is.EqualTo(("refuse", "BUDGET_OVER", "预算超出批复金额", "BUDGET_OVER: 预算超出批复金额")));
        Assert.That(instance.GetProperty("activeActivityIds").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "fix" }));
    }

    [Test]
    public async Task ShouldNameTheMessageOfAnUncaughtErrorOnItsIncident()
    {
        var instanceId = await StartAsync("error-uncaught-test");

        var incidents = await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/incidents?status=open&instanceId={instanceId}");
        var message = incidents.GetProperty("items").EnumerateArray().Single().GetProperty("message").GetString();
        Assert.That(message, Does.Contain("BUDGET_OVER").And.Contain("预算超出批复金额"));
    }

    private async Task PublishAsync(string key, string elements)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://jiaocheng.gov.cn/workflows/tests">
              <bpmn:error id="budgetError" name="预算超支" errorCode="BUDGET_OVER" camunda:errorMessage="预算超出批复金额" />
              <bpmn:process id="{key}" isExecutable="true">
                <bpmn:startEvent id="start"><bpmn:outgoing>{(key == "error-caught-test" ? "toCheck" : "toRefuse")}</bpmn:outgoing></bpmn:startEvent>
                {elements}
              </bpmn:process>
            </bpmn:definitions>
            """;
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsync($"/api/definitions/{key}/drafts", new StringContent(xml, Encoding.UTF8, "application/xml")).EnsureSuccessAsync();
        await bureau.PostAsync($"/api/definitions/{key}/versions/1/publish", null).EnsureSuccessAsync();
    }

    private async Task<Guid> StartAsync(string key)
    {
        var response = await (await SignInAsync("bureau")).PostAsJsonAsync("/api/instances",
            new { definitionKey = key, businessKey = $"ERR-{Guid.NewGuid():N}", variables = new { } }).EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }
}
