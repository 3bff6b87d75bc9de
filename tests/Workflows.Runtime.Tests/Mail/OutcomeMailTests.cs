using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime.Mail;
using Workflows.Runtime.Mail.Templates;
using Workflows.Runtime.Tests.Mail.Support;

namespace Workflows.Runtime.Tests.Mail;

public sealed class OutcomeMailTests
{
    private static readonly OutcomeNotice Refusal =
        new(Guid.NewGuid(), "智慧校园平台", "projects/42", "新建政务信息化项目审批", "不予立项", "与已建系统重复建设");

    private MailTestHost host = null!;

    [SetUp]
    public async Task StartAsync() => host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["Mail:BaseUrl"] = "https://xm.county.gov.cn/" });

    [TearDown]
    public Task StopAsync() => host.DisposeAsync().AsTask();

    [Test]
    public async Task ShouldNameTheRecordTheOutcomeTheProcessAndTheOpinionInChinese()
    {
        var mail = await ComposeAsync(MailLanguage.Chinese, Refusal);

        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo("【办理结果】智慧校园平台：不予立项"));
            Assert.That(mail.TextBody, Does.Contain("流程：新建政务信息化项目审批").And.Contain("办理结果：不予立项")
                .And.Contain("审核意见：与已建系统重复建设").And.Contain("https://xm.county.gov.cn/projects/42"));
        });
    }

    [Test]
    public async Task ShouldRenderTheOutcomeInEnglishForAUserWhoPrefersIt()
    {
        var mail = await ComposeAsync(MailLanguage.English, Refusal);

        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo("[Outcome] 智慧校园平台: 不予立项"));
            Assert.That(mail.TextBody, Does.Contain("Outcome: 不予立项").And.Contain("Opinion: 与已建系统重复建设"));
        });
    }

    [Test]
    public async Task ShouldLeaveOutTheOpinionLineWhenTheDecidingStepGaveNone()
    {
        var mail = await ComposeAsync(MailLanguage.Chinese, Refusal with { Outcome = "项目终止", Opinion = null });

        Assert.That(mail.TextBody, Does.Contain("办理结果：项目终止").And.Not.Contain("审核意见"));
    }

    private Task<ComposedMail> ComposeAsync(string language, OutcomeNotice notice) =>
        host.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IMailComposer>()
            .Outcome(new MailRecipient("dept-a", "甲部门经办人", "dept-a@county.gov.cn", language), notice)));
}
