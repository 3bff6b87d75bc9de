using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Catalogue;

/// <summary>Art. 10: where the catalogue may grow (<c>Catalogue:NoGrowth=false</c>) a year's growth is reported, not flagged.</summary>
public sealed class CatalogueGrowthPolicyTests(string provider) : HostFixture(provider)
{
    protected override void ConfigureHost(IWebHostBuilder builder) => builder.UseSetting("Catalogue:NoGrowth", "false");

    [Test]
    public async Task ShouldNotFlagAGrowingTotalWhereTheCatalogueMayGrow()
    {
        var bureau = await SignInAsync("bureau");
        await CatalogueClient.ListAsync(bureau, "education", "智慧校园平台");

        var totals = await bureau.GetFromJsonAsync<JsonElement>("/api/catalogue/totals");

        Assert.That(totals.GetProperty("noGrowthRequired").GetBoolean(), Is.False);
        Assert.That(totals.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("flagged").GetBoolean()), Is.All.False);
    }
}
