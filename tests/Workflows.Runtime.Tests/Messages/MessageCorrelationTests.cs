using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.GetInstance;
using Workflows.Runtime.Messages.CorrelateMessage;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Messages;

[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class MessageCorrelationTests(string provider) : ProviderFixture(provider)
{
    [Test]
    public async Task ShouldMoveTheInstanceWaitingOnTheBusinessKey()
    {
        await PublishAssetAsync("message-wait");
        var started = await StartAsync("message-wait", businessKey: "P-1");

        await Host.SendAsync(new CorrelateMessage("contract-signed", "P-1", Variables.Of(("amount", 12)), "finance"));

        var details = await Host.QueryAsync(new GetInstance(started.InstanceId));
        Assert.That(details.ActiveActivityIds, Is.EqualTo(new[] { "file" }));
    }

    [Test]
    public async Task ShouldReportAMessageForAnotherBusinessKeyAsNotCorrelated()
    {
        await PublishAssetAsync("message-wait");
        await StartAsync("message-wait", businessKey: "P-1");

        Assert.That(() => Host.SendAsync(new CorrelateMessage("contract-signed", "P-2")),
            Throws.InstanceOf<MessageNotCorrelatedException>().With.Message.Contains("P-2"));
    }

    [Test]
    public async Task ShouldReportAMessageNoDefinitionDeclaresAsUnknown()
    {
        await PublishAssetAsync("message-wait");
        await StartAsync("message-wait", businessKey: "P-1");

        Assert.That(() => Host.SendAsync(new CorrelateMessage("contract-singed", "P-1")),
            Throws.InstanceOf<UnknownMessageException>().With.Message.Contains("contract-singed"));
    }
}
