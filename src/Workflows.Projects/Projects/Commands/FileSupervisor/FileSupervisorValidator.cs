using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.FileSupervisor;

public sealed class FileSupervisorValidator : IValidator<FileSupervisor>
{
    private static readonly HashSet<string> MarketSelections = ["open-tender", "competitive-negotiation", "inquiry"];

    public IEnumerable<string> Validate(FileSupervisor message)
    {
        // Art. 21: the supervisor is chosen by market mechanism and named in the filing.
        if (string.IsNullOrWhiteSpace(message.SupervisorName) || message.SupervisorName.Length > 200)
            yield return "须写明监理单位（第二十一条） (art. 21: name the supervisor, at most 200 characters)";
        if (!MarketSelections.Contains(message.Selection))
            yield return "监理单位须通过市场机制选定（第二十一条） (art. 21: the supervisor is chosen by market mechanism)";
        if (message.Note.Length > 1000)
            yield return "备案说明不超过1000字 (note at most 1000 characters)";
    }
}
