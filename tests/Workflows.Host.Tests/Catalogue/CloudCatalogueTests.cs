using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Catalogue;

/// <summary>
/// Art. 12: the municipal cloud's service catalogue is listed to everyone and maintained by the bureau; an application picks from
/// it (a withdrawn service is refused), and a project that needs no compute or storage needs no cloud service.
/// </summary>
public sealed class CloudCatalogueTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldListTheServicesTheBureauAddsToEveryone()
    {
        await (await SignInAsync("bureau")).PostAsJsonAsync("/api/cloud-services", new { code = "PAAS-RDS", name = "云数据库", layer = "Paas" }).EnsureSuccessAsync();

        var listed = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>("/api/cloud-services");

        Assert.That(listed.EnumerateArray().Select(s => s.GetProperty("code").GetString()), Does.Contain("PAAS-RDS"));
    }

    [Test]
    public async Task ShouldLetOnlyTheBureauMaintainTheCatalogue()
    {
        var added = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/cloud-services", new { code = "IAAS-OWN", name = "自建机房", layer = "Iaas" });
        var withdrawn = await (await SignInAsync("finance")).PostAsync("/api/cloud-services/PAAS-RDS/withdraw", null);

        Assert.That((added.StatusCode, withdrawn.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
    }

    [Test]
    public async Task ShouldRefuseAnApplicationChoosingAServiceTheBureauWithdrew()
    {
        var bureau = await SignInAsync("bureau");
        await bureau.PostAsJsonAsync("/api/cloud-services", new { code = "SAAS-OLD", name = "旧版协同办公", layer = "Saas" }).EnsureSuccessAsync();
        await bureau.PostAsync("/api/cloud-services/SAAS-OLD/withdraw", null).EnsureSuccessAsync();

        var response = await RegisterAsync(["SAAS-OLD"], needsNoCloud: false);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-12" }));
    }

    [Test]
    public async Task ShouldRegisterAProjectThatNeedsNoComputeOrStorageWithoutACloudService()
    {
        var response = await RegisterAsync([], needsNoCloud: true);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task ShouldRefuseAProjectThatNeedsComputeWithoutACloudService()
    {
        var response = await RegisterAsync([], needsNoCloud: false);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-12" }));
    }

    /// <summary>Registers as dept-a with the application of a fresh project, its cloud part changed.</summary>
    private async Task<HttpResponseMessage> RegisterAsync(string[] cloudServiceCodes, bool needsNoCloud)
    {
        var template = await ProjectSetup.RegisterAsync(App, Department, inAnnualPlan: false);
        var application = System.Text.Json.Nodes.JsonNode.Parse((await ProjectAsync(template.Id)).GetProperty("application").GetRawText())!.AsObject();
        application["name"] = "县域网络设备更新";
        application["cloudServiceCodes"] = new System.Text.Json.Nodes.JsonArray([.. cloudServiceCodes.Select(code => (System.Text.Json.Nodes.JsonNode?)code)]);
        application["needsNoCloud"] = needsNoCloud;
        return await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/projects", new { code = $"XM-{Guid.NewGuid():N}"[..15], application });
    }
}
