using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Workflows.Host.Tests.Infrastructure;

namespace Workflows.Host.Tests.Api;

public sealed class ProjectEndpointTests(string provider) : HostFixture(provider)
{
    [Test]
    public async Task ShouldForbidAnotherDepartmentToReadTheProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/projects/{project.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldServeTheProjectWithItsDocumentsButNotTheirContent()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var details = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/projects/{project.Id}");

        var documents = details.GetProperty("documents").EnumerateArray().ToList();
        Assert.That(documents, Has.Count.EqualTo(4));
        Assert.That(documents.All(d => d.GetProperty("sha256").GetString()!.Length == 64 && !d.TryGetProperty("content", out _)), Is.True);
        Assert.That(details.GetProperty("leadDepartmentName").GetString(), Is.EqualTo("县教育科技局"));
    }

    [Test]
    public async Task ShouldLetAReviewerReadAnyProject()
    {
        var project = await ProjectSetup.RegisterAsync(App, "health");

        var response = await (await SignInAsync("finance")).GetAsync($"/api/projects/{project.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldListOnlyTheClerksOwnDepartmentsProjects()
    {
        var own = await ProjectSetup.RegisterAsync(App, "education");
        var other = await ProjectSetup.RegisterAsync(App, "health");

        var codes = await ListCodesAsync(await SignInAsync("dept-a"), "");

        Assert.That(codes, Does.Contain(own.Code).And.Not.Contain(other.Code));
    }

    [Test]
    public async Task ShouldFindAProjectByPartOfItsName()
    {
        var wanted = await ProjectSetup.RegisterAsync(App, "education", $"智慧课堂-{Guid.NewGuid():N}"[..14]);
        var unwanted = await ProjectSetup.RegisterAsync(App, "education");

        var codes = await ListCodesAsync(await SignInAsync("bureau"), $"?search={Uri.EscapeDataString(wanted.Name[..8])}");

        Assert.That(codes, Does.Contain(wanted.Code).And.Not.Contain(unwanted.Code));
    }

    [Test]
    public async Task ShouldFilterProjectsByFundingHoldAndStage()
    {
        var held = await ProjectSetup.RegisterAsync(App, "health");
        var normal = await ProjectSetup.RegisterAsync(App, "health");
        await ProjectSetup.HoldFundingAsync(App, held.Id, "验收报告未备案");
        var bureau = await SignInAsync("bureau");

        var heldCodes = await ListCodesAsync(bureau, "?fundingHeld=true&department=health");
        var registeredCodes = await ListCodesAsync(bureau, "?stage=Registered&fundingHeld=false&department=health");

        Assert.That(heldCodes, Does.Contain(held.Code).And.Not.Contain(normal.Code));
        Assert.That(registeredCodes, Does.Contain(normal.Code).And.Not.Contain(held.Code));
    }

    [Test]
    public async Task ShouldStoreAnUploadedDocumentWithTheSha256OfItsContent()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var clerk = await SignInAsync("dept-a");
        var content = "%PDF 合同"u8.ToArray();

        var upload = await clerk.PostAsync($"/api/projects/{project.Id}/documents",
            MultipartBodies.File("合同.pdf", content, ("kind", "Contract"))).EnsureSuccessAsync();
        var location = upload.Headers.Location!.ToString();
        var uploaded = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var downloaded = await (await clerk.GetAsync(location).EnsureSuccessAsync()).Content.ReadAsByteArrayAsync();

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(uploaded.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
        Assert.That(downloaded, Is.EqualTo(content));
    }

    [Test]
    public async Task ShouldForbidAnotherDepartmentToDownloadTheProjectsDocument()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");
        var details = await (await SignInAsync("dept-a")).GetFromJsonAsync<JsonElement>($"/api/projects/{project.Id}");
        var documentId = details.GetProperty("documents")[0].GetProperty("id").GetGuid();

        var response = await (await SignInAsync("dept-b")).GetAsync($"/api/projects/{project.Id}/documents/{documentId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRejectADocumentWithAForbiddenExtension()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/projects/{project.Id}/documents",
            MultipartBodies.File("run.exe", [1, 2, 3], ("kind", "Contract")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(".exe"));
    }

    [Test]
    public async Task ShouldRejectADocumentOverTheSizeLimit()
    {
        var project = await ProjectSetup.RegisterAsync(App, "education");

        var response = await (await SignInAsync("dept-a")).PostAsync($"/api/projects/{project.Id}/documents",
            MultipartBodies.File("scan.pdf", new byte[TestApp.UploadLimitBytes + 1], ("kind", "Contract")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static async Task<List<string>> ListCodesAsync(HttpClient client, string queryString)
    {
        var items = await client.GetFromJsonAsync<JsonElement>($"/api/projects{queryString}");
        return [.. items.EnumerateArray().Select(item => item.GetProperty("code").GetString()!)];
    }
}
