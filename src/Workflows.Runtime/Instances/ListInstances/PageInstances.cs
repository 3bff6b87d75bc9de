using Mediator;

namespace Workflows.Runtime.Instances.ListInstances;

/// <summary>The page <see cref="Filter"/> asks for, with the total count of the instances its filters match.</summary>
public sealed record PageInstances(ListInstances Filter) : IQuery<InstancePage>;
