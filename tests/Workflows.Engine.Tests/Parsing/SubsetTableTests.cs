using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Workflows.Engine.Tests.Parsing;

/// <summary>The subset table in the engine's README names, for each row, tests that exist in this project.</summary>
public partial class SubsetTableTests
{
    private static readonly Type[] TestTypes = typeof(SubsetTableTests).Assembly.GetTypes();

    [Test]
    public void ShouldNameOnlyTestsThatExist()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Assets", "engine-README.md"))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Element", StringComparison.Ordinal))
            .ToList();
        Assert.That(rows, Has.Count.GreaterThan(40));
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                var proof = row.Split('|', StringSplitOptions.TrimEntries)[3];
                var names = TestName().Matches(proof).Select(match => match.Value).ToList();
                Assert.That(names, Is.Not.Empty, row);
                foreach (var name in names)
                    Assert.That(Exists(name), Is.True, $"{name} in: {row}");
            }
        });
    }

    private static bool Exists(string name)
    {
        var parts = name.Split('.');
        var type = TestTypes.FirstOrDefault(candidate => candidate.Name == parts[0]);
        return type is not null && (parts.Length == 1
            || type.GetMethod(parts[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static) is not null);
    }

    [GeneratedRegex(@"(?<!Host )\b[A-Z][A-Za-z]*Tests(\.[A-Z][A-Za-z]*)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TestName();
}
