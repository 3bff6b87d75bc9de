using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Host.Tests.Catalogue;

/// <summary>
/// Art. 10: the county's total of catalogued systems per year, only confirmed entries counted, retirements taken away, and a year
/// flagged when the total grew where the catalogue requires 只减不增 (<c>Catalogue:NoGrowth</c>, on by default).
/// </summary>
public sealed class CatalogueTotalsTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldCountConfirmedAndRetiredSystemsPerYearAndFlagTheYearTheTotalGrew()
    {
        var thisYear = DateTime.UtcNow.Year;
        await ArrangeHistoryAsync(thisYear - 2);
        var bureau = await SignInAsync("bureau");
        var proposed = await CatalogueClient.ListAsync(await SignInAsync("dept-a"), "education", "新建平台");
        await bureau.PostAsync($"/api/catalogue/{proposed}/confirm", null).EnsureSuccessAsync();

        var totals = await bureau.GetFromJsonAsync<JsonElement>("/api/catalogue/totals");

        var years = totals.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());
        Assert.That(totals.GetProperty("noGrowthRequired").GetBoolean(), Is.True);
        Assert.That(Row(years[thisYear - 2]), Is.EqualTo((2, 0, 2, 0, false)));
        Assert.That(Row(years[thisYear - 1]), Is.EqualTo((1, 1, 2, 0, false)), "the refused and the proposed entry do not count");
        var current = years[thisYear];
        Assert.That(current.GetProperty("growth").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(current.GetProperty("flagged").GetBoolean(), Is.True);
    }

    private static (int, int, int, int, bool) Row(JsonElement year) => (year.GetProperty("confirmed").GetInt32(), year.GetProperty("retired").GetInt32(),
        year.GetProperty("inService").GetInt32(), year.GetProperty("growth").GetInt32(), year.GetProperty("flagged").GetBoolean());

    /// <summary>
    /// Two systems confirmed in <paramref name="firstYear"/>; the year after one confirmed and one of the first retired, plus one
    /// refused and one still proposed: the total stays at two.
    /// </summary>
    private async Task ArrangeHistoryAsync(int firstYear)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var first = new DateTimeOffset(firstYear, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var second = first.AddYears(1);
        InformationSystem System(string name, CatalogueEntryStatus status, DateTimeOffset at) => new()
        {
            Id = Guid.NewGuid(), DepartmentCode = "health", Name = name, Status = SystemStatus.Running, DataResources = "业务数据", ListedAt = at,
            EntryStatus = status, ReviewedAt = status == CatalogueEntryStatus.Proposed ? null : at, ReviewedBy = "bureau",
        };
        var retired = System("旧版门诊系统", CatalogueEntryStatus.Confirmed, first);
        retired.Status = SystemStatus.Retired;
        retired.RetiredOn = DateOnly.FromDateTime(second.UtcDateTime);
        retired.RetirementReason = "并入新平台";
        db.AddRange(
            retired, System("疫苗接种系统", CatalogueEntryStatus.Confirmed, first),
            System("全民健康信息平台", CatalogueEntryStatus.Confirmed, second), System("重复的健康档案系统", CatalogueEntryStatus.Refused, second),
            System("待确认的系统", CatalogueEntryStatus.Proposed, second));
        await db.SaveChangesAsync();
    }
}
