using Workflows.Engine.Migration;

namespace Workflows.Runtime.Migrations;

/// <summary>What to migrate: the instances of one version of a definition, to another version, activity by activity.</summary>
/// <param name="UpdateEventTriggers">Renew kept timers and message subscriptions from the target's events (Camunda's
/// <c>updateEventTrigger</c>); by default they keep their due time and message name.</param>
public sealed record MigrationPlan(
    string SourceDefinitionKey, int SourceVersion, int TargetVersion, IReadOnlyList<MigrationInstruction> Instructions, bool UpdateEventTriggers = false);
