using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RecordConsolidatedPlan;

public sealed class RecordConsolidatedPlanValidator : IValidator<RecordConsolidatedPlan>
{
    public IEnumerable<string> Validate(RecordConsolidatedPlan message)
    {
        if (string.IsNullOrWhiteSpace(message.Plan) || string.IsNullOrWhiteSpace(message.LeadPart))
            yield return "总体方案和牵头部门建设内容必填（第八条） (art. 8: the overall plan and the lead's part are required)";
        // Art. 6: the lead department sets the sharing and collaboration requirements.
        if (string.IsNullOrWhiteSpace(message.SharingRequirements))
            yield return "须明确数据共享与业务协同要求（第六条） (art. 6: state the sharing and collaboration requirements)";
        if (message.Plan.Length + message.LeadPart.Length + message.SharingRequirements.Length > 3900)
            yield return "总体方案过长，合计不超过3900字 (the plan is too long)";
    }
}
