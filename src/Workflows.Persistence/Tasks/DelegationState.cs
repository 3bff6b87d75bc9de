namespace Workflows.Persistence.Tasks;

/// <summary>Camunda's delegation states: the delegate works on the task (pending), then gives it back to its owner (resolved).</summary>
public enum DelegationState { Pending, Resolved }
