using Workflows.Projects.Domain;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Rules;

/// <summary>
/// Art. 11: a system that cannot interconnect and share data is not approved, and a project that does not share gets no O&amp;M
/// money, unless the bureau recorded a justified exception (<see cref="Project.SharingException"/>).
/// </summary>
internal static class SharingRule
{
    public static Problem? Check(Project project, string what) =>
        project.DataSharing.SharesNothing && project.SharingException is null
            ? new Problem("art-11", $"项目不互联共享，主管部门未记录例外，{what}（第十一条） (art. 11: a project that shares nothing gets no approval or O&M funds without the bureau's exception)")
            : null;
}
