using Workflows.Projects.Domain.Security;
using Workflows.Projects.Security.Commands.FileEmergencyRecord;
using Workflows.Projects.Security.Commands.FileManagementRule;
using Workflows.Projects.Security.Commands.RecordMonitoringCheck;
using Workflows.Projects.Security.Commands.RecordSecurityIncident;
using Workflows.Projects.Tests.Processes;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Projects.Tests.Security;

/// <summary>
/// At the command, whoever sends it. Art. 36: only the clerks of the department running a system record its monitoring and
/// file its internal management rules; a county-wide role (no department) and another department are refused. Art. 38: that
/// department or the bureau (no department) records its security incidents, emergency plan and drills; another department, or
/// a county-wide role other than the bureau (an empty department), is refused.
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

    [TestCase("dept-b")]
    [TestCase("")]
    public void ShouldRefuseASecurityIncidentOrEmergencyRecordOfAnotherDepartment(string department)
    {
        Assert.That(() => Host.SendAsync(Incident(department)), Throws.InstanceOf<ForbiddenException>(), "incident");
        Assert.That(() => Host.SendAsync(Drill(department)), Throws.InstanceOf<ForbiddenException>(), "drill");
    }

    [TestCase(DepartmentA)]
    [TestCase(null)]
    public async Task ShouldLetTheSystemsDepartmentOrTheBureauRecordItsSecurity(string? department)
    {
        var incidentId = await Host.SendAsync(Incident(department));
        var drillId = await Host.SendAsync(Drill(department));

        Assert.That((incidentId, drillId), Is.Not.EqualTo((Guid.Empty, Guid.Empty)));
    }

    private RecordSecurityIncident Incident(string? department) =>
        new(CatalogueSystemId, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8)), "门户网站遭受攻击", IncidentSeverity.General,
            "已封禁来源地址", "县网信办", new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(8)), department, "someone");

    private FileEmergencyRecord Drill(string? department) =>
        new(CatalogueSystemId, EmergencyRecordKind.Drill, Day, "年度应急演练", "drill.pdf", "application/pdf", "%PDF"u8.ToArray(), department, "someone");
}
