using System.Text.RegularExpressions;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Localization;

/// <summary>
/// A project's history page writes each changed value under its field's label (<c>field.*</c> in the UI's dictionaries),
/// falling back to the raw name the server wrote (<c>SignedOn</c>, <c>ReceivedAt</c>) when none exists. Every field a
/// project command records must therefore have a label in Chinese and in English, or be one the page leaves out.
/// </summary>
public sealed partial class HistoryFieldLabelTests
{
    private static readonly string ClientApp = Path.Combine(RepositoryFolder.Root, "src", "Workflows.Host", "ClientApp", "src");

    [Test]
    public void ShouldFindTheFieldsTheProjectCommandsRecord()
    {
        // Guards the scan below: a change of how commands record their values must not leave it finding nothing.
        Assert.That(RecordedFields(), Is.SupersetOf(new[] { "signedOn", "receivedAt", "amount", "returnedBy", "decision" }));
    }

    [TestCase("zh-CN")]
    [TestCase("en")]
    public void ShouldLabelEveryFieldAProjectCommandRecords(string language)
    {
        var labels = Labels(language);
        var hidden = HiddenFields();

        var unlabelled = RecordedFields().Where(field => !labels.Contains(field) && !hidden.Contains(field));

        Assert.That(unlabelled, Is.Empty, $"fields recorded in project history without a label in i18n/{language}.ts");
    }

    /// <summary>The members of every anonymous object or <c>*Values</c> record passed as a history row's old or new values.</summary>
    private static SortedSet<string> RecordedFields()
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root, "src", "Workflows.Projects"), "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            foreach (Match values in AnonymousValues().Matches(source))
                foreach (var member in values.Groups["members"].Value.Split(','))
                    fields.Add(Camel(MemberName(member)));
            foreach (Match record in ValuesRecord().Matches(source))
                foreach (var parameter in record.Groups["parameters"].Value.Split(','))
                    fields.Add(Camel(parameter.Trim().Split(' ')[^1]));
        }
        return fields;
    }

    private static string MemberName(string member) =>
        NamedMember().Match(member) is { Success: true } named ? named.Groups["name"].Value : LastIdentifier().Match(member).Value;

    private static HashSet<string> Labels(string language) =>
        [.. FieldLabel().Matches(File.ReadAllText(Path.Combine(ClientApp, "i18n", $"{language}.ts"))).Select(match => match.Groups["field"].Value)];

    private static HashSet<string> HiddenFields()
    {
        var declaration = HiddenSet().Match(File.ReadAllText(Path.Combine(ClientApp, "views", "projects", "historyText.ts")));
        Assert.That(declaration.Success, "historyText.ts declares the fields it leaves out as `const hidden = new Set([...])`");
        return [.. Quoted().Matches(declaration.Groups["items"].Value).Select(match => match.Groups[1].Value)];
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"(?:new|old)Values:\s*new\s*\{(?<members>[^}]*)\}")]
    private static partial Regex AnonymousValues();

    [GeneratedRegex(@"record\s+\w+Values\((?<parameters>[^)]*)\)")]
    private static partial Regex ValuesRecord();

    [GeneratedRegex(@"^\s*(?<name>\w+)\s*=(?!=)")]
    private static partial Regex NamedMember();

    [GeneratedRegex(@"\w+(?=\s*$)")]
    private static partial Regex LastIdentifier();

    [GeneratedRegex(@"[""']field\.(?<field>\w+)[""']\s*:")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"const hidden = new Set\(\[(?<items>[^\]]*)\]\)")]
    private static partial Regex HiddenSet();

    [GeneratedRegex(@"'(\w+)'")]
    private static partial Regex Quoted();
}
