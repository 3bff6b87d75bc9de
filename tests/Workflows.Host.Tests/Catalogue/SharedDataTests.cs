using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Catalogue;

/// <summary>
/// Arts. 23, 31, 34: once a project passes acceptance the data its sharing plan shares is listed on the catalogue entry of its
/// system, with the party responsible for its quality (谁采集、谁负责): the collecting department until it or the bureau names another.
/// </summary>
public sealed class SharedDataTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldListTheSharedDataOnTheSystemsEntryOnceTheProjectPassesAcceptance()
    {
        var (projectId, systemId) = await RunToAcceptanceAsync();
        var before = await SharedDataAsync("bureau", systemId);

        await AcceptAsync(projectId, "pass", Today).EnsureSuccessAsync();

        var listed = (await SharedDataAsync("bureau", systemId)).Single();
        Assert.That(before, Is.Empty);
        Assert.That((listed.GetProperty("projectId").GetGuid(), listed.GetProperty("sources").GetString(), listed.GetProperty("sharing").GetString(),
            listed.GetProperty("responsibleParty").GetString()), Is.EqualTo((projectId, "业务系统", "通过共享交换平台共享", "县教育科技局")));
    }

    [Test]
    public async Task ShouldLetTheSystemsDepartmentNameWhoAnswersForTheDataQuality()
    {
        var (projectId, systemId) = await RunToAcceptanceAsync();
        await AcceptAsync(projectId, "pass", Today).EnsureSuccessAsync();
        var resourceId = (await SharedDataAsync("dept-a", systemId)).Single().GetProperty("id").GetGuid();

        var named = await (await SignInAsync("dept-a")).PutAsJsonAsync($"/api/catalogue/{systemId}/shared-data/{resourceId}", new { responsibleParty = "县教育科技局信息中心" });
        var otherDepartment = await (await SignInAsync("dept-b")).PutAsJsonAsync($"/api/catalogue/{systemId}/shared-data/{resourceId}", new { responsibleParty = "县卫生健康局" });
        var nobody = await (await SignInAsync("bureau")).PutAsJsonAsync($"/api/catalogue/{systemId}/shared-data/{resourceId}", new { responsibleParty = "" });

        Assert.That(named.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(otherDepartment.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await nobody.ProblemKeysAsync(), Is.EqualTo(new[] { "responsibleParty" }));
        var listed = (await SharedDataAsync("bureau", systemId)).Single();
        Assert.That((listed.GetProperty("responsibleParty").GetString(), listed.GetProperty("updatedBy").GetString()), Is.EqualTo(("县教育科技局信息中心", "dept-a")));
    }

    private async Task<(Guid ProjectId, Guid SystemId)> RunToAcceptanceAsync()
    {
        var projectId = await StartProjectAsync();
        await RunToBudgetedAsync(projectId);
        await ProcureAsync(projectId);
        await SignContractAsync(projectId, 450_000m, Today).EnsureSuccessAsync();
        await FileAndBuildAsync(projectId);
        return (projectId, (await ProjectAsync(projectId)).GetProperty("application").GetProperty("systemIds")[0].GetGuid());
    }

    private async Task<JsonElement[]> SharedDataAsync(string userName, Guid systemId) =>
        [.. (await (await SignInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/catalogue/{systemId}/shared-data")).EnumerateArray()];
}
