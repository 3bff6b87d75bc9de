using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Workflows.Persistence.Identity;

namespace Workflows.Projects.Tests.Cli;

/// <summary><c>workflows user create</c>: the first administrator of a production install.</summary>
public sealed class UserVerbTests
{
    private const string Password = "Xian-2026-county";

    private string folder = null!;
    private string databaseFile = null!;
    private CliProcess cli = null!;

    [SetUp]
    public async Task MigrateAsync()
    {
        folder = Directory.CreateTempSubdirectory("workflows-cli-user-").FullName;
        databaseFile = Path.Combine(folder, "workflows.db");
        cli = new CliProcess(databaseFile);
        await cli.RunAsync("db", "migrate");
    }

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task ShouldCreateAnAdministratorWithThePasswordFromStandardInput()
    {
        var (exitCode, output, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "chief", "--admin");

        Assert.That((exitCode, output.Trim()), Is.EqualTo((0, "user chief created with role admin")), error);
        var (hash, role) = await UserRowAsync("chief");
        Assert.That(role, Is.EqualTo("admin"));
        Assert.That(new PasswordHasher<WorkflowsUser>().VerifyHashedPassword(new WorkflowsUser(), hash, Password),
            Is.EqualTo(PasswordVerificationResult.Success));
    }

    [Test]
    public async Task ShouldCreateADepartmentClerkWithARoleOfTheMeasures()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "clerk", "--role", "finance");

        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That((await UserRowAsync("clerk")).Role, Is.EqualTo("finance"));
    }

    [Test]
    public async Task ShouldCreateAnExternalTaskWorkerWithItsTopicAllowList()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "erp", "--role", "worker", "--topic", "finance-payment", "--topic", "archive");

        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That((await UserRowAsync("erp")).Role, Is.EqualTo("worker"));
        Assert.That(await TopicsAsync("erp"), Is.EquivalentTo(new[] { "finance-payment", "archive" }));
    }

    [Test]
    public async Task ShouldRefuseTopicsForAnAccountThatIsNoWorker()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "clerk", "--role", "finance", "--topic", "archive");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "--topic 仅适用于 --role worker (--topic is for worker accounts only)")));
    }

    [Test]
    public async Task ShouldRefuseAPasswordThatBreaksThePolicy()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync("abcdefgh1\n", "user", "create", "weak", "--admin");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.Trim(), Does.StartWith("PasswordCharacterClasses:"));
    }

    [Test]
    public async Task ShouldRefuseAnUnknownRole()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "someone", "--role", "king");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "未知角色 king，可选：bureau, approval-bureau, finance, dgsc, county-government, department, township, admin, worker (unknown role)")));
    }

    [Test]
    public async Task ShouldRefuseAnUnknownDepartment()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "clerk", "--role", "department", "--department", "nowhere");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "未知部门 nowhere (unknown department)")));
    }

    [Test]
    public async Task ShouldRefuseADepartmentClerkWithoutADepartment()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "clerk", "--role", "department");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "角色 department 须指定 --department (a clerk of role department needs --department)")));
    }

    [Test]
    public async Task ShouldRefuseThePublishedDemoPassword()
    {
        var (exitCode, _, error) = await cli.RunWithInputAsync("Demo@12345\n", "user", "create", "chief", "--admin");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.StartWith("PasswordIsDemoPassword:"));
    }

    [Test]
    public async Task ShouldRefuseAUserThatExists()
    {
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "chief", "--admin");

        var (exitCode, _, error) = await cli.RunWithInputAsync(Password + "\n", "user", "create", "chief", "--role", "finance");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "用户 chief 已存在 (the user exists)")));
    }

    [Test]
    public async Task ShouldRecordTheCreationInAnAuditTrailThatVerifies()
    {
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "chief", "--admin");

        var (exitCode, output, error) = await cli.RunAsync("audit", "verify");

        Assert.That((exitCode, output.Trim()), Is.EqualTo((0, "audit trail intact: 1 rows")), error);
    }

    [Test]
    public async Task ShouldNameTheEditedAuditRowAndExitWithOne()
    {
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "chief", "--admin");
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "deputy", "--admin");
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "third", "--admin");
        await ExecuteAsync("UPDATE audit_log SET target = 'user nobody' WHERE sequence = 2");

        var (exitCode, _, error) = await cli.RunAsync("audit", "verify");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "audit row 2: its content does not match its hash")));
    }

    [Test]
    public async Task ShouldNameTheRowAfterADeletedOne()
    {
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "chief", "--admin");
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "deputy", "--admin");
        await cli.RunWithInputAsync(Password + "\n", "user", "create", "third", "--admin");
        await ExecuteAsync("DELETE FROM audit_log WHERE sequence = 2");

        var (exitCode, _, error) = await cli.RunAsync("audit", "verify");

        Assert.That((exitCode, error.Trim()), Is.EqualTo((1, "audit row 2: row 2 is missing")));
    }

    private async Task<(string Hash, string Role)> UserRowAsync(string userName)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u.password_hash, r.name FROM asp_net_users u
            JOIN asp_net_user_roles ur ON ur.user_id = u.id JOIN asp_net_roles r ON r.id = ur.role_id
            WHERE u.user_name = $name
            """;
        command.Parameters.AddWithValue("$name", userName);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, $"user {userName} not found");
        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task<List<string>> TopicsAsync(string userName)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.claim_value FROM asp_net_user_claims c JOIN asp_net_users u ON u.id = c.user_id
            WHERE u.user_name = $name AND c.claim_type = 'workflows:external-task-topic'
            """;
        command.Parameters.AddWithValue("$name", userName);
        var topics = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            topics.Add(reader.GetString(0));
        return topics;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
