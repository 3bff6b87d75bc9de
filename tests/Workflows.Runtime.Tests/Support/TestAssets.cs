namespace Workflows.Runtime.Tests.Support;

/// <summary>The BPMN files under <c>Assets/</c>, copied beside the test assembly.</summary>
public static class TestAssets
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Assets");

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));
}
