namespace Workflows.Persistence.Messages;

/// <summary>An execution waiting for a message, correlated by message name and business key.</summary>
public sealed class MessageSubscriptionRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid ExecutionId { get; set; }
    public string ActivityId { get; set; } = "";
    public string MessageName { get; set; } = "";
    public string? BusinessKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
