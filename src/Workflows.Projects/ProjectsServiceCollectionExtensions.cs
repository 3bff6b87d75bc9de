using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Persistence.Modules;
using Workflows.Projects.Common;
using Workflows.Projects.Domain;
using Workflows.Projects.Catalogue;
using Workflows.Projects.Evaluation;
using Workflows.Projects.Evaluation.Yearly;
using Workflows.Projects.Security.Monitoring;
using Workflows.Projects.Security.Reassessment;
using Workflows.Projects.Supervision.Changes;
using Workflows.Projects.Supervision.Deadlines;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Common;
using Workflows.Runtime.Deadlines;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Definitions.StartSites;
using Workflows.Runtime.Mail.Recipients;

namespace Workflows.Projects;

public static class ProjectsServiceCollectionExtensions
{
    private const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>
    /// The measures' tables, service-task handlers, command validators and deadline arithmetic, and what the
    /// platform's features need to know of the measures: the department-scoped roles and whom an overdue task escalates to.
    /// </summary>
    public static IServiceCollection AddWorkflowsProjects(this IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, ProjectsModel>();
        services.AddSingleton(new DepartmentScopedGroups(ProjectRoles.DepartmentScoped));
        services.AddScoped<IInstanceSubjects, ProjectSubjects>();
        services.AddSingleton(new CandidateGroups(ProjectRoles.All));
        services.AddSingleton<IStartSitePolicy, ProjectStartSites>();
        // The bureau receives filings and finance holds the money (arts. 18, 25); configuration still overrides it.
        services.PostConfigure<DeadlineOptions>(options => options.EscalationGroups ??= [ProjectRoles.Bureau, ProjectRoles.Finance]);
        services.AddScoped(provider => new ProjectDeadlines(
            provider.GetRequiredService<IBusinessCalendar>(),
            provider.GetRequiredService<TimeProvider>(),
            CountyZone(provider)));
        services.AddScoped<IDeadlineVariableObserver, RectificationDeadlineObserver>();
        services.AddSingleton(provider => MajorChangeThresholds.From(provider.GetService<IConfiguration>()));
        services.AddScoped<DelayedAcceptanceJob>();
        services.AddScoped<SecurityReassessmentJob>();
        services.AddScoped<AnnualSelfEvaluationJob>();
        services.AddSingleton(provider => EvaluationSampling.From(provider.GetService<IConfiguration>()));
        services.AddSingleton(provider => CataloguePolicy.From(provider.GetService<IConfiguration>()));
        services.AddScoped<MonitoringReminderJob>();
        services.AddHostedService(provider => new CountyRecurringJobs(provider, CountyZone(provider)));
        foreach (var type in typeof(ProjectsServiceCollectionExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IServiceTaskHandler).IsAssignableFrom(type))
                services.AddScoped(typeof(IServiceTaskHandler), type);
            foreach (var validator in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddSingleton(validator, type);
        }
        return services;
    }

    private static TimeZoneInfo CountyZone(IServiceProvider provider) =>
        TimeZoneInfo.FindSystemTimeZoneById(provider.GetService<IConfiguration>()?["Calendar:TimeZone"] ?? DefaultTimeZone);
}
