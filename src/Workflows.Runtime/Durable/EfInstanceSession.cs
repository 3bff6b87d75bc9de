using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Rows;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Durable;

/// <summary>
/// The instances one command touches, loaded from and written back to <c>process_instances</c>.
/// Writing bumps the revision; EF checks the loaded revision, so a concurrent writer makes the commit fail.
/// </summary>
public sealed class EfInstanceSession(WorkflowsDbContext db) : IInstanceSession
{
    private readonly Dictionary<Guid, (ProcessInstance Instance, InstanceRecord? Record)> instances = [];

    public IEnumerable<ProcessInstance> Instances => instances.Values.Select(entry => entry.Instance);

    public async ValueTask<ProcessInstance> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (instances.TryGetValue(instanceId, out var known))
            return known.Instance;
        var record = await db.FindRowAsync<InstanceRecord>(instanceId, cancellationToken)
            ?? throw NotFoundException.For("Process instance", instanceId);
        var instance = InstanceStateSerializer.Deserialize(record.State);
        instances[instanceId] = (instance, record);
        return instance;
    }

    public void Add(ProcessInstance instance) => instances[instance.Id] = (instance, null);

    public ProcessInstance? Find(Guid instanceId) =>
        instances.TryGetValue(instanceId, out var entry) ? entry.Instance : null;

    /// <summary>Writes every instance of the session into its (new or tracked) row.</summary>
    public void WriteBack()
    {
        foreach (var (id, (instance, existing)) in instances.ToList())
        {
            var record = existing ?? new InstanceRecord { Id = instance.Id, Revision = instance.Revision - 1 };
            instance.Revision = record.Revision + 1;
            Copy(instance, record);
            if (existing is null)
            {
                db.Instances.Add(record);
                instances[id] = (instance, record);
            }
        }
    }

    private static void Copy(ProcessInstance instance, InstanceRecord record)
    {
        record.DefinitionId = instance.DefinitionId;
        record.DefinitionKey = instance.DefinitionKey;
        record.DefinitionVersion = instance.DefinitionVersion;
        record.BusinessKey = instance.BusinessKey;
        record.DepartmentCode = DepartmentVariable.Of(instance);
        record.Status = instance.Status;
        record.ParentInstanceId = instance.ParentInstanceId;
        record.StartedAt = instance.StartedAt;
        record.EndedAt = instance.EndedAt;
        record.Revision = instance.Revision;
        record.State = InstanceStateSerializer.Serialize(instance);
    }
}
