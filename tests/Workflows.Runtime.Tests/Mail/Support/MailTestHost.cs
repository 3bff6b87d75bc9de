using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Identity;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Runtime.Tests.Mail.Support;

/// <summary>The mail services as the host composes them, on a real database, with a fake clock.</summary>
internal sealed class MailTestHost : IAsyncDisposable
{
    /// <summary>Tuesday 10 June 2025, 09:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Start = new(2025, 6, 10, 1, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase database;

    private MailTestHost(TestDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        this.database = database;
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<MailTestHost> StartAsync(
        IDictionary<string, string?> settings,
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        Action<IServiceCollection>? configure = null)
    {
        var database = TestDatabase.Create(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddDbContext<WorkflowsDbContext>((provider, options) => database.Configure(options, provider.GetServices<IInterceptor>()));
        services.AddWorkflowsMail(configuration);
        configure?.Invoke(services);
        var provided = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new MailTestHost(database, provided, time);
        await host.InScopeAsync(database.CreateSchemaAsync);
        return host;
    }

    public static Dictionary<string, string?> SmtpSettings(InProcessSmtpServer smtp) => new()
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = smtp.Port.ToString(),
        ["Mail:Tls"] = "None",
        ["Mail:From"] = "审批平台 <noreply@county.gov.cn>",
        ["Mail:SendTimeout"] = "00:00:05",
    };

    public async Task InScopeAsync(Func<WorkflowsDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs one dispatcher batch in its own scope, as a Hangfire job would.</summary>
    public Task<int> DispatchAsync() =>
        InScopeAsync(services => services.GetRequiredService<MailDispatcher>().DispatchDueAsync(CancellationToken.None));

    public Task<bool> EnqueueAsync(OutgoingMail mail) => InScopeAsync(async services =>
    {
        var queued = await services.GetRequiredService<IMailOutbox>().EnqueueAsync(mail, CancellationToken.None);
        await services.GetRequiredService<WorkflowsDbContext>().SaveChangesAsync();
        return queued;
    });

    public Task<List<MailOutboxMessage>> OutboxAsync() => InScopeAsync(services =>
        services.GetRequiredService<WorkflowsDbContext>().Set<MailOutboxMessage>().AsNoTracking().OrderBy(m => m.IdempotencyKey).ToListAsync());

    public Task AddUserAsync(string userName, string displayName, string? email, params string[] roles) =>
        AddUserAsync(userName, displayName, email, departmentCode: null, roles);

    /// <summary>A department or township clerk: the department and township groups reach them on their department's tasks only.</summary>
    public Task AddClerkAsync(string userName, string departmentCode, string role) =>
        AddUserAsync(userName, userName, $"{userName}@county.gov.cn", departmentCode, [role]);

    private Task AddUserAsync(string userName, string displayName, string? email, string? departmentCode, string[] roles) => InScopeAsync(async db =>
    {
        var user = new WorkflowsUser
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email?.ToUpperInvariant(),
            DisplayName = displayName,
            DepartmentCode = departmentCode,
        };
        db.Users.Add(user);
        foreach (var roleName in roles)
        {
            var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == roleName);
            if (role is null)
            {
                role = new WorkflowsRole(roleName) { NormalizedName = roleName.ToUpperInvariant() };
                db.Roles.Add(role);
            }
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }
        await db.SaveChangesAsync();
    });

    public Task SetPreferredLanguageAsync(string userName, string language) => InScopeAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        user.PreferredLanguage = language;
        await db.SaveChangesAsync();
    });

    public static OutgoingMail Mail(string key, string to = "张三 <zhang@county.gov.cn>") =>
        new(key, to, "【待办】合同备案", "<p>请办理</p>", "请办理");

    public async ValueTask DisposeAsync()
    {
        await InScopeAsync(database.DropAsync);
        await Services.DisposeAsync();
    }
}
