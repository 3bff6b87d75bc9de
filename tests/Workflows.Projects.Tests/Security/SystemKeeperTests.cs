using Workflows.Projects.Domain.Security;
using Workflows.Projects.Security.Commands.FileManagementRule;
using Workflows.Projects.Security.Commands.RecordMonitoringCheck;
using Workflows.Projects.Tests.Processes;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Security;

/// <summary>
/// Art. 36 at the command: only the clerks of the department running a system record its monitoring and file its internal
/// management rules, whoever sends the command; a county-wide role (no department) and another department are refused.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class SystemKeeperTests(string provider) : ProcessFixture(provider)
{
    private static readonly DateOnly Day = new(2026, 1, 5);

    [TestCase(null)]
    [TestCase("dept-b")]
    public void ShouldRefuseAMonitoringCheckOfAnotherDepartmentOrACountyWideRole(string? department) =>
        Assert.That(() => Host.SendAsync(new RecordMonitoringCheck(CatalogueSystemId, Day, MonitoringStatus.Normal, "", department, "someone")),
            Throws.InstanceOf<ForbiddenException>());

    [TestCase(null)]
    [TestCase("dept-b")]
    public void ShouldRefuseAManagementRuleOfAnotherDepartmentOrACountyWideRole(string? department) =>
        Assert.That(() => Host.SendAsync(new FileManagementRule(CatalogueSystemId, "运维管理制度", "1.0", Day, "rule.pdf", "application/pdf", "%PDF"u8.ToArray(),
                department, "someone")),
            Throws.InstanceOf<ForbiddenException>());

    [Test]
    public async Task ShouldLetTheSystemsDepartmentRecordItsMonitoringAndRules()
    {
        var recorded = await Host.SendAsync(new RecordMonitoringCheck(CatalogueSystemId, Day, MonitoringStatus.Normal, "", DepartmentA, "dept-a-clerk"));
        var ruleId = await Host.SendAsync(new FileManagementRule(CatalogueSystemId, "运维管理制度", "1.0", Day, "rule.pdf", "application/pdf", "%PDF"u8.ToArray(),
            DepartmentA, "dept-a-clerk"));

        Assert.That((recorded.Revision, ruleId), Is.Not.EqualTo((0, Guid.Empty)));
    }
}
