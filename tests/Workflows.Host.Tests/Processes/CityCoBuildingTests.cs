using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Processes;

/// <summary>Art. 15: a project co-built with the city (市县共建) names its municipal partner and the split, and goes through the same review.</summary>
public sealed class CityCoBuildingTests(string provider) : NewProjectFixture(provider)
{
    [Test]
    public async Task ShouldRefuseACityCoBuiltProjectThatNamesNoMunicipalPartner()
    {
        var response = await RegisterOverHttpAsync(coBuiltWithCity: true, municipalPartner: null);

        Assert.That(await ProblemKeysAsync(response), Is.EqualTo(new[] { "art-15" }));
    }

    [Test]
    public async Task ShouldRegisterACityCoBuiltProjectWithItsPartnerAndSplit()
    {
        var response = await RegisterOverHttpAsync(coBuiltWithCity: true, municipalPartner: "市政务信息管理局");

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var application = (await ProjectAsync(id)).GetProperty("application");
        Assert.That((application.GetProperty("coBuiltWithCity").GetBoolean(), application.GetProperty("municipalPartner").GetString()),
            Is.EqualTo((true, "市政务信息管理局")));
    }

    [Test]
    public async Task ShouldSendACityCoBuiltProjectThroughTheSameReview()
    {
        var projectId = await StartProjectAsync(application => application with
        {
            CoBuiltWithCity = true, MunicipalPartner = "市政务信息管理局", MunicipalShare = "市级承担平台建设资金，县级承担本地部署与运维",
        });

        await ApplyAsync(projectId);

        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "materialReview" }));
        await MaterialReviewAsync(projectId);
        Assert.That(await OpenActivitiesAsync(projectId), Is.EqualTo(new[] { "technicalReview" }));
    }

    /// <summary>Registers as dept-a through <c>POST /api/projects</c>, with the application of an existing project changed.</summary>
    private async Task<HttpResponseMessage> RegisterOverHttpAsync(bool coBuiltWithCity, string? municipalPartner)
    {
        var template = await ProjectSetup.RegisterAsync(App, Department);
        var application = JsonNode.Parse((await ProjectAsync(template.Id)).GetProperty("application").GetRawText())!.AsObject();
        // A plan entry is carried out by one project only (art. 7): the copy links none.
        application["planEntryId"] = null;
        application["coBuiltWithCity"] = coBuiltWithCity;
        application["municipalPartner"] = municipalPartner;
        application["municipalShare"] = "市级承担平台建设资金，县级承担本地部署与运维";
        return await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/projects",
            new { code = $"XM-{Guid.NewGuid():N}"[..15], application });
    }
}
