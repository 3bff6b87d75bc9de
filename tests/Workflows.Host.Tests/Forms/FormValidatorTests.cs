using System.Text.Json;
using Workflows.Host.Forms;

namespace Workflows.Host.Tests.Forms;

public sealed class FormValidatorTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "default",
          "components": [
            { "type": "textfield", "key": "title", "validate": { "required": true, "minLength": 2, "maxLength": 10 } },
            { "type": "textfield", "key": "code", "validate": { "pattern": "[A-Z]{3}-[0-9]+" } },
            { "type": "textfield", "key": "email", "validate": { "validationType": "email" } },
            { "type": "number", "key": "budget", "validate": { "min": 0, "max": 5000000 } },
            { "type": "checkbox", "key": "major" },
            { "type": "select", "key": "kind", "values": [ { "label": "新建", "value": "new" }, { "label": "运维", "value": "om" } ] },
            { "type": "datetime", "subtype": "date", "key": "signedOn" },
            { "type": "textfield", "key": "reason", "validate": { "required": true }, "conditional": { "hide": "=major" } },
            { "type": "group", "path": "contact", "components": [ { "type": "textfield", "key": "name", "validate": { "required": true } } ] },
            { "type": "dynamiclist", "path": "systems", "components": [ { "type": "textfield", "key": "id", "validate": { "required": true } } ] },
            { "type": "text", "text": "说明" }
          ]
        }
        """).RootElement;

    [Test]
    public void ShouldAcceptValuesThatMeetEveryRule()
    {
        var errors = Validate("""
            { "title": "门户", "code": "ABC-12", "email": "a@b.cn", "budget": 100, "major": true, "kind": "om",
              "signedOn": "2025-03-01", "contact": { "name": "张三" }, "systems": [ { "id": "S1" } ] }
            """);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void ShouldReportMissingRequiredFieldsByKey()
    {
        var errors = Validate("""{ "systems": [ {} ] }""");

        Assert.That(errors.Keys, Is.EquivalentTo(new[] { "title", "contact.name", "systems[0].id" }));
    }

    [TestCase("title", "\"x\"")]
    [TestCase("title", "\"much too long title\"")]
    [TestCase("title", "42")]
    [TestCase("code", "\"abc-12\"")]
    [TestCase("email", "\"not-an-email\"")]
    [TestCase("budget", "-1")]
    [TestCase("budget", "5000001")]
    [TestCase("budget", "\"many\"")]
    [TestCase("major", "\"yes\"")]
    [TestCase("kind", "\"build\"")]
    [TestCase("signedOn", "\"01/03/2025\"")]
    [TestCase("systems", "\"S1\"")]
    public void ShouldRejectAValueThatBreaksItsFieldRule(string key, string value)
    {
        var errors = Validate($$"""{ "title": "门户", "contact": { "name": "张三" }, "{{key}}": {{value}} }""");

        Assert.That(errors.Keys, Is.EqualTo(new[] { key }));
    }

    [Test]
    public void ShouldRejectVariablesThatAreNotFieldsOfTheForm()
    {
        var errors = Validate("""{ "title": "门户", "contact": { "name": "张三" }, "departmentCode": "health" }""");

        Assert.That(errors.Keys, Is.EqualTo(new[] { "departmentCode" }));
    }

    [Test]
    public void ShouldTreatAPathologicalPatternAsAMismatchRatherThanHang()
    {
        var schema = JsonDocument.Parse("""{ "components": [ { "type": "textfield", "key": "t", "validate": { "pattern": "(a+)+$" } } ] }""").RootElement;

        var errors = FormValidator.Validate(schema, Variables($$"""{ "t": "{{new string('a', 40)}}!" }"""));

        Assert.That(errors.Keys, Is.EqualTo(new[] { "t" }));
    }

    private static IDictionary<string, string[]> Validate(string json) => FormValidator.Validate(Schema, Variables(json));

    private static Dictionary<string, JsonElement> Variables(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}
