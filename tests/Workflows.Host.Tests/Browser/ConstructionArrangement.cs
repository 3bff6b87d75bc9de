using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Workflows.Host.Tests.Infrastructure;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Domain.Documents;
using Workflows.Runtime.Timers;

namespace Workflows.Host.Tests.Browser;

/// <summary>
/// Brings a project of department A (education) through the HTTP API, as the demo users of each role would, to the step a
/// browser test is about: the contract, construction and acceptance of new-project (arts. 18-25), and the co-builders'
/// confirmation of cross-department-project (arts. 6, 8). Reads the mails the host wrote as .eml files.
/// </summary>
public sealed class ConstructionArrangement(TestApp app, string mailFolder)
{
    public const string Lead = "education";

    /// <summary>Starts new-project for a registered project of department A, keyed by the project id.</summary>
    public async Task<ProjectSetup.RegisteredProject> StartNewProjectAsync()
    {
        var project = await ProjectSetup.RegisterAsync(app, Lead);
        await (await ClientForAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "new-project", businessKey = project.Id.ToString(), variables = new { departmentCode = Lead, projectId = project.Id },
        }).EnsureSuccessAsync();
        return project;
    }

    /// <summary>Starts cross-department-project led by department A with <paramref name="coBuilders"/>.</summary>
    public async Task<ProjectSetup.RegisteredProject> StartCrossDepartmentProjectAsync(params string[] coBuilders)
    {
        var project = await ProjectSetup.RegisterAsync(app, Lead);
        await (await ClientForAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "cross-department-project", businessKey = project.Id.ToString(),
            variables = new { departmentCode = Lead, projectId = project.Id, coBuildingDepartments = coBuilders },
        }).EnsureSuccessAsync();
        return project;
    }

    /// <summary>From the application to the signed contract of 450,000 yuan signed on <paramref name="signedOn"/>.</summary>
    public async Task RunToContractSignedAsync(Guid projectId, string signedOn)
    {
        await RunToProcurementAsync(projectId);
        await CompleteAsync(projectId, "procurement", "dept-a", new { procurementMethod = "open-tender", builderName = "某科技公司" });
        await SignContractAsync(projectId, signedOn);
    }

    /// <summary>From the application to the open procurement task, the budget approved at 450,000 yuan and its review report on file.</summary>
    public async Task RunToProcurementAsync(Guid projectId)
    {
        await CompleteAsync(projectId, "prepareApplication", "dept-a", new { applicationNote = "申请立项", contactPerson = "张三", contactPhone = "0358-1234567" });
        await CompleteAsync(projectId, "materialReview", "approval", new { materialDecision = "approve", annualPlanStatus = "in-plan", projectScale = "ordinary", materialOpinion = "材料齐全" });
        await CompleteAsync(projectId, "technicalReview", "dgsc", new { technicalDecision = "approve", technicalOpinion = "方案可行" });
        await CompleteAsync(projectId, "bureauReview", "bureau", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = "approve", reviewOpinion = "同意立项",
        });
        await CompleteAsync(projectId, "budgetApproval", "finance", new { budgetDecision = "approve", approvedBudget = 450_000m, budgetOpinion = "同意" });
        await UploadAsync(projectId, DocumentKind.BudgetReviewReport);
    }

    /// <summary>The contract of 450,000 yuan uploaded and signed on <paramref name="signedOn"/>, after procurement.</summary>
    public async Task SignContractAsync(Guid projectId, string signedOn)
    {
        await UploadAsync(projectId, DocumentKind.Contract);
        await CompleteAsync(projectId, "signContract", "dept-a", new { contractNumber = "HT-2026-001", contractAmount = 450_000m, contractSignedOn = signedOn, deliverablesAgreed = true });
    }

    /// <summary>Contract filed, finance's receipt, the supervisor filed and construction reported complete.</summary>
    public async Task RunToCompletionAcceptanceAsync(Guid projectId)
    {
        await RunToSupervisorFilingAsync(projectId);
        await CompleteAsync(projectId, "fileSupervisor", "dept-a", new { supervisorName = "某监理公司", supervisorSelection = "open-tender", supervisorFilingNote = "" });
        await CompleteAsync(projectId, "reportProgress", "dept-a", new { percentComplete = 100, progressSummary = "完工", constructionComplete = true });
    }

    /// <summary>Contract filed and finance's receipt: the supervisor filing is open.</summary>
    public async Task RunToSupervisorFilingAsync(Guid projectId)
    {
        await CompleteAsync(projectId, "fileContract", "dept-a", new { contractFilingNote = "" });
        await CompleteAsync(projectId, "financeContractReceipt", "finance", new { financeReceiptNote = "" });
    }

    public async Task UploadAsync(Guid projectId, DocumentKind kind) =>
        await (await ClientForAsync("dept-a")).PostAsync($"/api/projects/{projectId}/documents",
            MultipartBodies.File($"{kind}.pdf", Encoding.UTF8.GetBytes($"%PDF {kind}"), ("kind", kind.ToString()))).EnsureSuccessAsync();

    /// <summary>The one open task of the project at <paramref name="activityId"/> in <paramref name="userName"/>'s inbox.</summary>
    public async Task<Guid> TaskAsync(Guid projectId, string activityId, string userName)
    {
        var rows = await (await ClientForAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/tasks?status=open&businessKey={projectId}&take=100");
        var ids = rows.GetProperty("items").EnumerateArray().Where(t => t.GetProperty("activityId").GetString() == activityId).ToList();
        Assert.That(ids, Has.Count.EqualTo(1), $"open '{activityId}' tasks of {userName}");
        return ids[0].GetProperty("id").GetGuid();
    }

    public async Task CompleteAsync(Guid projectId, string activityId, string userName, object variables) =>
        await (await ClientForAsync(userName)).PostAsJsonAsync($"/api/tasks/{await TaskAsync(projectId, activityId, userName)}/complete", new { variables })
            .EnsureSuccessAsync();

    public Task<string[]> OpenActivitiesAsync(Guid projectId) => ProjectTasks.OpenActivitiesAsync(app, projectId);

    /// <summary>Fires every job due by the host's clock, as a run of the timer poll does.</summary>
    public async Task RunDueJobsAsync(DateTimeOffset now)
    {
        var runner = app.Services.GetRequiredService<TimerJobRunner>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await runner.FireDueAsync(CancellationToken.None);
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            if (!await db.Set<JobRecord>().AsNoTracking().AnyAsync(job => job.Status == JobStatus.Pending && job.DueAt <= now))
                return;
            await Task.Delay(100);
        }

        Assert.Fail("due jobs were still pending after 30 s");
    }

    /// <summary>The mails written to the pickup folder: each one's recipients (user names) and subject.</summary>
    public IReadOnlyList<(string[] To, string Subject)> Mails() =>
        Directory.Exists(mailFolder)
            ? [.. Directory.EnumerateFiles(mailFolder, "*.eml").Select(path => MimeMessage.Load(path))
                .Select(m => (m.To.Mailboxes.Select(box => box.Address.Split('@')[0]).ToArray(), m.Subject ?? ""))]
            : [];

    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = TestApp.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
