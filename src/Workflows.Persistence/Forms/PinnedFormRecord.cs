namespace Workflows.Persistence.Forms;

/// <summary>
/// The form version a process version shows for one form key, fixed when the process version was published:
/// a later form version reaches only process versions published after it.
/// </summary>
public sealed class PinnedFormRecord
{
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string FormKey { get; set; } = "";
    public int FormVersion { get; set; }
}
