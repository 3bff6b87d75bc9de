using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Persistence;
using Workflows.Persistence.Audit;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Issue 11, item 20: an administrator reads the audit trail on the operations page, filters it by actor, exports it and
/// verifies its SM3 chain, which names the row someone edited in the database.
/// </summary>
public sealed class AuditLogTests : BrowserFixture
{
    [Test]
    public async Task ShouldShowTheAdministratorTheirOwnSignInAndAnIntactChain()
    {
        var page = await SignInAsync("bureau");
        await page.GotoAsync("/operations");

        await page.GetByTestId("audit-actor").FillAsync("bureau");
        await page.GetByTestId("audit-log").GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var signIn = page.GetByTestId("audit-entries").GetByRole(AriaRole.Row).Filter(new() { HasText = "登录成功" });
        await Assertions.Expect(signIn.First).ToContainTextAsync("bureau");
        await Assertions.Expect(page.GetByTestId("audit-entries").GetByRole(AriaRole.Row).Filter(new() { HasText = "dept-a" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("audit-export")).ToHaveAttributeAsync("href", "/api/audit/export.csv?actor=bureau");
        await page.GetByTestId("audit-verify").ClickAsync();

        await Assertions.Expect(page.GetByTestId("audit-intact")).ToContainTextAsync("哈希链完整");
    }

    [Test]
    public async Task ShouldNameTheRowEditedInTheDatabaseWhenVerifying()
    {
        await SignInAsync("dept-a");
        var page = await SignInAsync("bureau");
        await page.GotoAsync("/operations");
        var (sequence, detail) = await EditSomeRowAsync();
        try
        {
            await page.GetByTestId("audit-verify").ClickAsync();

            await Assertions.Expect(page.GetByTestId("audit-broken")).ToContainTextAsync($"第 {sequence} 行");
        }
        finally
        {
            await SetDetailAsync(sequence, detail);
        }
    }

    private async Task<(long Sequence, string? Detail)> EditSomeRowAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AuditEntry>().AsNoTracking()
            .OrderBy(e => e.Sequence).FirstAsync();
        await SetDetailAsync(row.Sequence, "changed behind the product's back");
        return (row.Sequence, row.Detail);
    }

    private async Task SetDetailAsync(long sequence, string? detail)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Set<AuditEntry>()
            .Where(e => e.Sequence == sequence).ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, detail));
    }
}
