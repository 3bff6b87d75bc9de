using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.ListSystem;

public sealed class ListSystemValidator : IValidator<ListSystem>
{
    public IEnumerable<string> Validate(ListSystem message)
    {
        if (string.IsNullOrWhiteSpace(message.Name) || message.Name.Length > 200)
            yield return "系统名称必填，且不超过200字 (name is required, at most 200 characters)";
        if (!Enum.IsDefined(message.Status))
            yield return "系统状态无效 (unknown status)";
        if (message.CloudResources.Length > 2000 || message.DataResources.Length > 2000)
            yield return "云资源和数据资源说明各不超过2000字 (resources at most 2000 characters each)";
        // Art. 10: the catalogue records each system's data resources (art. 3) so sharing can be planned.
        if (string.IsNullOrWhiteSpace(message.DataResources))
            yield return "须登记系统的数据资源（第十条） (art. 10: record the system's data resources)";
    }
}
