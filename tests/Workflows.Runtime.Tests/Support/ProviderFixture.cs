using Workflows.Runtime.Definitions.PublishDefinition;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Definitions.SaveDraft;
using Workflows.Runtime.Instances.StartInstance;
using Workflows.Runtime.Tasks.ListTasks;

namespace Workflows.Runtime.Tests.Support;

/// <summary>Boots a host once per fixture on one provider (the platform alone unless <see cref="BootAsync"/> says
/// otherwise) and empties the database before each test.</summary>
public abstract class ProviderFixture(string provider)
{
    protected RuntimeHost Host { get; private set; } = null!;
    protected string Provider { get; } = provider;

    [OneTimeSetUp]
    public async Task StartHostAsync() => Host = await BootAsync();

    [OneTimeTearDown]
    public async Task StopHostAsync() => await Host.DisposeAsync();

    protected virtual Task<RuntimeHost> BootAsync() => RuntimeHost.StartAsync(Provider);

    [SetUp]
    public Task ResetDatabaseAsync() => Host.ResetAsync();

    protected async Task<PublishOutcome> PublishAsync(string key, string xml)
    {
        await Host.SendAsync(new SaveDraft(key, xml, "admin"));
        return await Host.SendAsync(new PublishDefinition(key, Actor: "admin"));
    }

    protected Task<PublishOutcome> PublishAssetAsync(string key) => PublishAsync(key, TestAssets.Read(key + ".bpmn"));

    protected Task<StartedInstance> StartAsync(string key, string? businessKey = null, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? variables = null) =>
        Host.SendAsync(new StartInstance(key, BusinessKey: businessKey, Variables: variables, Actor: "clerk"));

    protected async Task<Guid> OpenTaskAsync(Guid instanceId, string activityId)
    {
        var page = await Host.QueryAsync(new ListTasks(Take: 500));
        return page.Items.Single(t => t.InstanceId == instanceId && t.ActivityId == activityId).Id;
    }
}
