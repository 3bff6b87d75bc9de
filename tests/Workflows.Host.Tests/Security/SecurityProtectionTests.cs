using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Security.Reassessment;

namespace Workflows.Host.Tests.Security;

/// <summary>
/// Art. 37 (等级保护, 国家密码管理要求; 同步规划、同步建设、同步运行): the application states the protection level and the
/// cryptography plan, acceptance needs the 等保测评 and 密评 on file, and their re-evaluations are reminded, on a fake clock.
/// </summary>
public sealed class SecurityProtectionTests(string provider) : DeadlineFixture(provider)
{
    [Test]
    public async Task ShouldRefuseAnApplicationThatStatesNoProtectionLevelOrCryptographyPlan()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { ProtectionLevel = null, CryptographyPlan = " " });

        var response = await SubmitAsync(projectId, "prepareApplication", "dept-a", new { applicationNote = "申请立项", contactPerson = "张三", contactPhone = "0358-1234567" });

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-37" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "prepareApplication" }));
    }

    [Test]
    public async Task ShouldShowTheProtectionLevelAndCryptographyPlanOnTheProject()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { ProtectionLevel = 3, CryptographyPlan = "SM4加密存储" });

        var application = (await ProjectAsync(projectId)).GetProperty("application");

        Assert.That((application.GetProperty("protectionLevel").GetInt32(), application.GetProperty("cryptographyPlan").GetString()), Is.EqualTo((3, "SM4加密存储")));
    }

    [Test]
    public async Task ShouldRefuseToPassTheAcceptanceOfALevelThreeSystemWithoutItsAssessments()
    {
        var projectId = await RunLevelThreeProjectToAcceptanceAsync();
        await UploadAsync(projectId, DocumentKind.ProtectionAssessmentReport);
        await RecordAssessmentAsync(projectId, "Protection", "2026-06-20").EnsureSuccessAsync();

        var response = await AcceptAsync(projectId, "pass", Today);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-37" }));
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "completionAcceptance" }));
    }

    [Test]
    public async Task ShouldPassTheAcceptanceOnceTheProtectionAndCryptographyAssessmentsAreOnFile()
    {
        var projectId = await RunLevelThreeProjectToAcceptanceAsync();
        await RecordBothAssessmentsAsync(projectId, "2026-06-20");

        await AcceptAsync(projectId, "pass", Today).EnsureSuccessAsync();

        var project = await ProjectAsync(projectId);
        Assert.That(project.GetProperty("stage").GetString(), Is.EqualTo("Accepted"));
        Assert.That(project.GetProperty("securityAssessments").EnumerateArray().Select(a => a.GetProperty("nextDueOn").GetString()),
            Is.EqualTo(new[] { "2027-06-20", "2027-06-20" }), "level 3: re-evaluated every year");
    }

    [Test]
    public async Task ShouldRefuseAnAssessmentWhoseReportIsNotOnFile()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { ProtectionLevel = 3 });

        var response = await RecordAssessmentAsync(projectId, "Cryptography", "2026-05-20");

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-37" }));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToRecordAnAssessment()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { ProtectionLevel = 3 });
        await UploadAsync(projectId, DocumentKind.ProtectionAssessmentReport);

        var response = await (await SignInAsync("dept-b")).PostAsJsonAsync($"/api/projects/{projectId}/security-assessments",
            new { kind = "Protection", assessedOn = "2026-05-20", assessor = "某测评中心", conclusion = "符合" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRemindTheDepartmentOnceWhenTheReassessmentFallsDue()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { ProtectionLevel = 3 });
        await RecordBothAssessmentsAsync(projectId, "2026-06-01");

        SetClock(BeijingTime(2027, 4, 20));
        await RunCheckAsync();
        Assert.That(await ReassessmentsOfAsync("bureau", projectId), Is.Empty, "more than 30 days before it falls due");

        SetClock(BeijingTime(2027, 5, 10));
        await RunCheckAsync();
        var once = await ReminderRecipientsAsync(projectId);
        await RunCheckAsync();

        var due = await ReassessmentsOfAsync("bureau", projectId);
        Assert.That(due.Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("nextDueOn").GetString(), d.GetProperty("reminded").GetBoolean())),
            Is.EquivalentTo(new[] { ("Protection", "2027-06-01", true), ("Cryptography", "2027-06-01", true) }));
        var recipients = await ReminderRecipientsAsync(projectId);
        Assert.That(recipients, Is.EqualTo(once), "one mail per assessment and member, however often the check runs");
        Assert.That(recipients.Distinct(), Is.EquivalentTo(new[] { "dept-a", "lead-a" }), "the lead department's members, not another department's");
        Assert.That(recipients, Has.Count.EqualTo(4), "two assessments, two members");
        Assert.That(await ReassessmentsOfAsync("dept-a", projectId), Has.Length.EqualTo(2));
        Assert.That(await ReassessmentsOfAsync("dept-b", projectId), Is.Empty);
    }

    [Test]
    public async Task ShouldDropTheReminderOnceTheSystemIsReassessed()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { ProtectionLevel = 2 });
        await RecordBothAssessmentsAsync(projectId, "2026-06-01");
        SetClock(BeijingTime(2028, 6, 5));
        Assert.That(await ReassessmentsOfAsync("finance", projectId), Has.Length.EqualTo(2).And.All.Matches<JsonElement>(d => d.GetProperty("overdue").GetBoolean()),
            "level 2: every two years, now overdue");

        await RecordBothAssessmentsAsync(projectId, "2028-06-04");

        Assert.That(await ReassessmentsOfAsync("finance", projectId), Is.Empty);
    }

    [Test]
    public void ShouldScheduleTheReassessmentCheckDailyInCountyTime()
    {
        using var connection = App.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == SecurityReassessmentJob.RecurringJobId);

        Assert.That(job, Is.Not.Null);
        Assert.That((job!.Cron, job.TimeZoneId), Is.EqualTo((SecurityReassessmentJob.Schedule, "Asia/Shanghai")));
    }

    /// <summary>A level-3 project through its reviews, procurement, contract and construction, on 2026-06-01.</summary>
    private async Task<Guid> RunLevelThreeProjectToAcceptanceAsync()
    {
        SetClock(BeijingTime(2026, 6, 1));
        var projectId = await StartProjectAsync(application => application with { ProtectionLevel = 3 });
        await RunToBudgetedAsync(projectId);
        await ProcureAsync(projectId);
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await FileAndBuildAsync(projectId);
        SetClock(BeijingTime(2026, 6, 25));
        return projectId;
    }

    private async Task RecordBothAssessmentsAsync(Guid projectId, string assessedOn)
    {
        await UploadAsync(projectId, DocumentKind.ProtectionAssessmentReport);
        await RecordAssessmentAsync(projectId, "Protection", assessedOn).EnsureSuccessAsync();
        await UploadAsync(projectId, DocumentKind.CryptographyAssessmentReport);
        await RecordAssessmentAsync(projectId, "Cryptography", assessedOn).EnsureSuccessAsync();
    }

    private async Task<HttpResponseMessage> RecordAssessmentAsync(Guid projectId, string kind, string assessedOn) =>
        await (await SignInAsync("dept-a")).PostAsJsonAsync($"/api/projects/{projectId}/security-assessments",
            new { kind, assessedOn, assessor = "某信息安全测评中心", conclusion = "符合" });

    /// <summary>Who the reminders of the project's assessments were queued for, one entry per mail.</summary>
    private async Task<List<string>> ReminderRecipientsAsync(Guid projectId)
    {
        var ids = (await ProjectAsync(projectId)).GetProperty("securityAssessments").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        return [.. (await OutboxKeysAsync()).Where(key => ids.Any(id => key.StartsWith($"escalation:{id}:"))).Select(key => key.Split(':')[2]).Order()];
    }

    private async Task RunCheckAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SecurityReassessmentJob>().RunAsync(CancellationToken.None);
    }

    private async Task<JsonElement[]> ReassessmentsOfAsync(string userName, Guid projectId) =>
        [.. (await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>("/api/security/reassessments"))
            .EnumerateArray().Where(row => row.GetProperty("projectId").GetGuid() == projectId)];
}
