using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Cli.Hosting;
using Workflows.Cli.Users;

namespace Workflows.Cli.Verbs;

/// <summary>
/// <c>workflows user create NAME --admin | --role R [--department CODE] [--topic T]...</c>: the first administrator of a
/// production install (where no demo users are seeded), or any user, such as an external task worker with its topics. The password is read from standard input when it is
/// redirected, otherwise prompted for twice without echo.
/// </summary>
internal static class UserVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The user name to sign in with" };
        var admin = new Option<bool>("--admin") { Description = "Make the user a bureau administrator" };
        var role = new Option<string?>("--role") { Description = "A role of the measures: " + string.Join(", ", UserCreator.Roles) };
        var department = new Option<string?>("--department") { Description = "The department code of a department or township clerk" };
        var displayName = new Option<string?>("--display-name") { Description = "The name shown in the UI (default: NAME)" };
        var topics = new Option<string[]>("--topic") { Description = "With --role worker: a topic whose external tasks the worker may fetch (repeatable)" };
        var create = new Command("create", "Create a user; the password comes from standard input or a prompt") { name, admin, role, department, displayName, topics };
        create.SetAction((parseResult, cancellationToken) => UserErrors.RunAsync(() => CreateAsync(
            new NewUser(parseResult.GetValue(name)!, parseResult.GetValue(admin), parseResult.GetValue(role),
                parseResult.GetValue(department), parseResult.GetValue(displayName), parseResult.GetValue(topics) ?? []),
            cancellationToken)));
        var command = new Command("user", "User administration");
        command.Subcommands.Add(create);
        return command;
    }

    private static async Task<int> CreateAsync(NewUser user, CancellationToken cancellationToken)
    {
        var roleName = UserCreator.RoleOf(user);
        var password = PasswordInput.Read();
        await using var services = CliServices.Build(identity: true);
        await MigrationGuard.EnsureMigratedAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserCreator>().CreateAsync(user, roleName, password, cancellationToken);
        Console.WriteLine($"user {user.Name} created with role {roleName}");
        return 0;
    }
}
