namespace Workflows.Runtime.Tests.Support;

/// <summary>Whether the <see cref="FlakyServiceTask"/> fails: a test breaks it, then "fixes the handler".</summary>
public sealed class FlakySwitch
{
    public bool Broken { get; set; }
}
