using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The shipped definitions name their processes and user tasks in English (<c>camunda:property name.en</c>) and their
/// forms label every field and option and write every text block in English (<c>properties</c> <c>label.en</c>,
/// <c>values.&lt;value&gt;.en</c>, <c>text.en</c>),
/// which the API serves beside the Chinese names for the UI's English mode.
/// </summary>
public sealed class EnglishNamesTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldNameEveryShippedProcessInEnglish()
    {
        var definitions = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement[]>("/api/definitions");

        var names = definitions!.ToDictionary(d => d.GetProperty("key").GetString()!, d => d.GetProperty("nameEn").GetString());
        Assert.That(names["new-project"], Is.EqualTo("New government IT project approval"));
        Assert.That(names.Where(pair => ShippedKeys.Contains(pair.Key)).Select(pair => pair.Value), Has.All.Not.Null.And.All.Not.Empty);
    }

    [Test]
    public async Task ShouldServeTheTaskNameInEnglishInTheInboxAndOnTheTask()
    {
        var projectId = await StartProjectAsync();
        var clerk = await SignInAsync("dept-a");

        var item = (await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks?businessKey={projectId}")).GetProperty("items").EnumerateArray().Single();
        var task = (await clerk.GetFromJsonAsync<JsonElement>($"/api/tasks/{item.GetProperty("id").GetGuid()}")).GetProperty("task");

        Assert.That(item.GetProperty("name").GetString(), Is.EqualTo("填报立项申请"));
        Assert.That(item.GetProperty("nameEn").GetString(), Is.EqualTo("Fill in the project application"));
        Assert.That(task.GetProperty("nameEn").GetString(), Is.EqualTo("Fill in the project application"));
    }

    [Test]
    public void ShouldLabelEveryFieldAndOptionOfTheShippedFormsInEnglish()
    {
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolder.Root, "workflows", "forms"), "*.form"))
        {
            using var form = JsonDocument.Parse(File.ReadAllText(file));
            Collect(Path.GetFileName(file), form.RootElement, missing);
        }

        Assert.That(missing, Is.Empty);
    }

    private static readonly string[] ShippedKeys =
    [
        "new-project", "cross-department-project", "dedicated-network-exception", "change-request", "rectification-order",
        "performance-evaluation", "evaluation-spot-check", "key-project-evaluation", "annual-plan",
    ];

    private static void Collect(string file, JsonElement container, List<string> missing)
    {
        if (!container.TryGetProperty("components", out var components))
            return;
        foreach (var component in components.EnumerateArray())
        {
            var english = component.TryGetProperty("properties", out var properties) ? properties : default;
            string? English(string name) =>
                english.ValueKind == JsonValueKind.Object && english.TryGetProperty(name, out var value) ? value.GetString() : null;
            if (component.TryGetProperty("label", out _) && string.IsNullOrWhiteSpace(English("label.en")))
                missing.Add($"{file}: {component.GetProperty("id").GetString()} label");
            if (component.GetProperty("type").GetString() == "text" && string.IsNullOrWhiteSpace(English("text.en")))
                missing.Add($"{file}: {component.GetProperty("id").GetString()} text");
            if (component.TryGetProperty("values", out var values))
                missing.AddRange(values.EnumerateArray()
                    .Where(option => string.IsNullOrWhiteSpace(English($"values.{option.GetProperty("value").GetString()}.en")))
                    .Select(option => $"{file}: {component.GetProperty("id").GetString()} option {option.GetProperty("value").GetString()}"));
            Collect(file, component, missing);
        }
    }
}
