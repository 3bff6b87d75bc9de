using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Mail.Digest;
using Workflows.Runtime.Mail.Escalation;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.TaskCreated;
using Workflows.Runtime.Mail.Templates;
using Workflows.Runtime.Tests.Mail.Support;
using static Workflows.Runtime.Tests.Mail.Support.UserTaskSeed;

namespace Workflows.Runtime.Tests.Mail;

/// <summary>
/// A task's mails reach only the users who may open it, by the inbox's rule: the groups a module declares
/// department-scoped (here, as the measures do: department and township) count only for clerks of the task's
/// department; other groups, candidate users and the assignee as they are.
/// </summary>
public sealed class TaskMailAudienceTests
{
    private const string Department = "department";
    private const string Township = "township";
    private const string Bureau = "bureau";
    private static readonly string[] ClerkGroups = [Department, Township];

    private InProcessSmtpServer smtp = null!;
    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        smtp = InProcessSmtpServer.OnFreePort();
        await smtp.StartAsync();
        host = await MailTestHost.StartAsync(
            MailTestHost.SmtpSettings(smtp),
            configure: services => services
                .AddSingleton<IBusinessCalendar>(new ChineseWorkingDayCalendar([]))
                .AddSingleton(new DepartmentScopedGroups(ClerkGroups)));
        await host.AddClerkAsync("dept-a", "education", Department);
        await host.AddClerkAsync("dept-b", "health", Department);
        await host.AddClerkAsync("town-a", "tianning", Township);
        await host.AddClerkAsync("bureau", "bureau-office", Bureau);
    }

    [TearDown]
    public async Task StopAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Test]
    public async Task ShouldMailANewDepartmentTaskOnlyToTheClerksOfItsDepartment()
    {
        await CreateTaskAsync(ClerkGroups, "education");

        await host.DispatchAsync();

        Assert.That(DeliveredTo(), Is.EqualTo(new[] { "dept-a@county.gov.cn" }));
    }

    [Test]
    public async Task ShouldMailANewTownshipTaskOnlyToTheClerksOfItsTownship()
    {
        await CreateTaskAsync(ClerkGroups, "tianning");

        await host.DispatchAsync();

        Assert.That(DeliveredTo(), Is.EqualTo(new[] { "town-a@county.gov.cn" }));
    }

    [Test]
    public async Task ShouldMailNoClerkOfATaskWithoutDepartment()
    {
        await CreateTaskAsync(ClerkGroups, departmentCode: null);

        await host.DispatchAsync();

        Assert.That(smtp.Received, Is.Empty);
    }

    [Test]
    public async Task ShouldMailACountyWideGroupsTaskToItsMembersWhateverTheTasksDepartment()
    {
        await CreateTaskAsync([Bureau], "education");

        await host.DispatchAsync();

        Assert.That(DeliveredTo(), Is.EqualTo(new[] { "bureau@county.gov.cn" }));
    }

    [Test]
    public async Task ShouldPutADepartmentTaskOnlyIntoTheDigestOfTheClerksOfItsDepartment()
    {
        var task = ForGroup("提交合同备案", Department, Shanghai(6, 9, 17));
        task.DepartmentCode = "education";
        task.Candidates.Add(new UserTaskCandidate { TaskId = task.Id, Kind = CandidateKind.Group, Value = Township });
        await host.InScopeAsync(async db =>
        {
            db.Set<UserTaskRecord>().Add(task);
            await db.SaveChangesAsync();
        });

        await host.InScopeAsync(services => services.GetRequiredService<DailyDigestJob>().RunAsync(CancellationToken.None));
        await host.DispatchAsync();

        Assert.That(DeliveredTo(), Is.EqualTo(new[] { "dept-a@county.gov.cn" }));
    }

    [Test]
    public async Task ShouldEscalateToADepartmentGroupOnlyWithinTheTasksDepartment()
    {
        var notice = new EscalationNotice(Guid.NewGuid(), "合同备案", MailTestHost.Start.AddDays(-1), null, Guid.NewGuid());
        var command = new EnqueueEscalationMail(notice, [], [Bureau, Department], Department: "education");
        await host.InScopeAsync(async services =>
        {
            await ActivatorUtilities.CreateInstance<EnqueueEscalationMailHandler>(services).Handle(command, CancellationToken.None);
            return await services.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
        });

        await host.DispatchAsync();

        Assert.That(DeliveredTo(), Is.EquivalentTo(new[] { "bureau@county.gov.cn", "dept-a@county.gov.cn" }));
    }

    private IEnumerable<string> DeliveredTo() =>
        smtp.Received.SelectMany(message => message.To.Mailboxes).Select(mailbox => mailbox.Address).Order();

    private Task<int> CreateTaskAsync(IReadOnlyList<string> groups, string? departmentCode) =>
        host.InScopeAsync(async services =>
        {
            var task = new UserTaskInfo(
                Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "fileContract", "合同备案", null, [], groups,
                Shanghai(6, 12, 17), FollowUpAt: null, Priority: 50, FormKey: null, CreatedAt: MailTestHost.Start);
            await services.GetRequiredService<TaskCreatedMailer>().EnqueueAsync(task, departmentCode, about: null, nameEn: null, CancellationToken.None);
            return await services.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
        });
}
