using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Domain.Security;

namespace Workflows.Projects.Security;

/// <summary>
/// Art. 37 in numbers: from the second protection level a system is assessed by a qualified agency (等保测评) and its
/// cryptography evaluated (密评) before acceptance; the assessments are repeated yearly from level 3, every two years at level 2.
/// A project whose level is not on file counts as level 2 or above.
/// </summary>
public static class SecurityAssessments
{
    /// <summary>The department is reminded this many days before a re-evaluation falls due.</summary>
    public const int ReminderDays = 30;

    public static bool Required(int? protectionLevel) => protectionLevel is null or >= 2;

    public static DateOnly NextDue(int? protectionLevel, DateOnly assessedOn) => assessedOn.AddYears(protectionLevel is null or >= 3 ? 1 : 2);

    public static DocumentKind ReportOf(SecurityAssessmentKind kind) => kind switch
    {
        SecurityAssessmentKind.Protection => DocumentKind.ProtectionAssessmentReport,
        SecurityAssessmentKind.Cryptography => DocumentKind.CryptographyAssessmentReport,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string NameOf(SecurityAssessmentKind kind) => kind switch
    {
        SecurityAssessmentKind.Protection => "等级保护测评",
        SecurityAssessmentKind.Cryptography => "密码应用安全性评估",
        _ => kind.ToString(),
    };

    /// <summary>The kinds of assessment the project has on record.</summary>
    internal static async Task<List<SecurityAssessmentKind>> RecordedKindsAsync(WorkflowsDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<SecurityAssessment>().Where(a => a.ProjectId == projectId).Select(a => a.Kind).Distinct().ToListAsync(cancellationToken);
}
