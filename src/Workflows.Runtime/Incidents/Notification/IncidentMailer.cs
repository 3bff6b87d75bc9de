using Microsoft.Extensions.Options;
using Workflows.Persistence.Incidents;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Incidents.Notification;

/// <summary>
/// Tells the user whose command ran into a failure and the administrators (<see cref="IncidentOptions.NotifyGroups"/>)
/// by mail, in the transaction that raised the incident, and records on the incident who was told.
/// </summary>
public sealed class IncidentMailer(MailRecipientResolver resolver, IMailComposer composer, IMailOutbox outbox, IOptions<IncidentOptions> options)
{
    public async Task TellAsync(IncidentRecord incident, string definitionKey, int version, string? businessKey, CancellationToken cancellationToken)
    {
        string[] users = incident.RaisedBy is { } raisedBy ? [raisedBy] : [];
        var groups = options.Value.EffectiveNotifyGroups;
        var directory = await resolver.LoadAsync(users, groups, cancellationToken);
        var notice = new IncidentNotice(incident.Id, incident.InstanceId, $"{definitionKey} v{version}", businessKey,
            incident.ActivityId, incident.Message, incident.CreatedAt);
        var told = new List<string>();
        foreach (var recipient in directory.For(null, users, groups, null))
        {
            await outbox.EnqueueAsync($"incident:{incident.Id}:{recipient.UserName}", recipient, composer.Incident(recipient, notice), cancellationToken);
            told.Add(recipient.UserName);
        }

        incident.NotifiedUsers = told.Count == 0 ? null : string.Join(',', told);
    }
}
