using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Engine.Execution;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Incidents;
using Workflows.Runtime.Incidents.Notification;
using Workflows.Runtime.Mail.Digest;
using Workflows.Runtime.Mail.HandOver;
using Workflows.Runtime.Mail.Outbox;
using Workflows.Runtime.Mail.Outcome;
using Workflows.Runtime.Mail.Recipients;
using Workflows.Runtime.Mail.TaskCreated;
using Workflows.Runtime.Mail.Templates;
using Workflows.Runtime.Mail.Transport;

namespace Workflows.Runtime.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>Reminder mails: the outbox, its dispatcher, templates, and the Hangfire schedules.</summary>
    public static IServiceCollection AddWorkflowsMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => MailTimeZone.FromConfiguration(configuration));

        services.AddSingleton<IMailComposer, MailComposer>();
        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<MailRetryPolicy>();
        services.AddSingleton<MailRelayBackOff>();
        services.AddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider)
            : ActivatorUtilities.CreateInstance<PickupDirectoryMailTransport>(provider));

        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddScoped<MailClaim>();
        services.AddScoped<MailDeliveryRecorder>();
        services.AddScoped<MailDispatcher>();
        services.AddScoped<MailOutboxAdministration>();
        services.AddScoped<MailDispatchJob>();
        services.AddScoped<MailRecipientResolver>();
        // The English names of tasks and end events (name.en), as the runtime registers them; here for mail alone too.
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddScoped<IDefinitionResolver, EfDefinitionResolver>();
        services.TryAddScoped<EnglishNames>();
        services.TryAddSingleton(DepartmentScopedGroups.None);
        services.AddScoped<TaskCreatedMailer>();
        services.AddScoped<TaskHandOverMailer>();
        services.AddScoped<IEngineEventObserver, TaskCreatedMailObserver>();
        services.TryAddScoped<IInstanceSubjects, NoInstanceSubjects>();
        services.AddScoped<DecidingOpinion>();
        services.AddScoped<OutcomeMailer>();
        services.AddScoped<IEngineEventObserver, OutcomeMailObserver>();
        services.AddScoped<DailyDigestJob>();
        services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.Section);
        services.AddScoped<IncidentMailer>();
        services.AddScoped<IEngineEventObserver, IncidentMailObserver>();

        services.AddSingleton<MailDispatchSignal>();
        services.AddSingleton<IMailDispatchTrigger>(provider => provider.GetRequiredService<MailDispatchSignal>());
        // Started by a host only; the CLI builds no host, so its commits wait for the recurring run.
        services.AddHostedService<MailDispatchWakeUp>();
        services.AddSingleton<MailOutboxCommitInterceptor>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<MailOutboxCommitInterceptor>());
        services.AddHostedService<MailRecurringJobs>();
        return services;
    }
}
