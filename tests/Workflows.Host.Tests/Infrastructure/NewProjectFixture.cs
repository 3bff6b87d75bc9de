using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>
/// The shipped <c>workflows/</c> on a host: a project of department A (education) on the new-project path, each task
/// found in and completed through the HTTP API by the demo user of the role the BPMN names.
/// </summary>
public abstract class NewProjectFixture(string provider) : HostFixture(provider)
{
    protected const string Department = "education";

    protected override string? DefinitionsPath => null;

    public sealed record TaskRow(Guid Id, Guid InstanceId, string ActivityId, DateTimeOffset? DueAt, bool Overdue);

    private sealed record TaskRows(TaskRow[] Items);

    private sealed record Started(Guid InstanceId);

    /// <summary>Registers a planned, ordinary project of 500,000 yuan (optionally adjusted) and starts its new-project instance as dept-a.</summary>
    protected async Task<Guid> StartProjectAsync(Func<ProjectApplication, ProjectApplication>? adjust = null)
    {
        var project = await ProjectSetup.RegisterAsync(App, Department, adjust: adjust);
        var response = await (await SignInAsync("dept-a")).PostAsJsonAsync("/api/instances", new
        {
            definitionKey = "new-project", businessKey = project.Id.ToString(), variables = new { departmentCode = Department, projectId = project.Id },
        }).EnsureSuccessAsync();
        await response.Content.ReadFromJsonAsync<Started>();
        return project.Id;
    }

    /// <summary>The one open task of the project at <paramref name="activityId"/> in the inbox of <paramref name="userName"/>.</summary>
    protected async Task<TaskRow> TaskAsync(Guid projectId, string activityId, string userName)
    {
        var rows = await (await SignInAsync(userName)).GetFromJsonAsync<TaskRows>($"/api/tasks?status=open&businessKey={projectId}&take=100");
        var task = rows!.Items.SingleOrDefault(t => t.ActivityId == activityId);
        Assert.That(task, Is.Not.Null, $"no open task '{activityId}' for '{userName}'; open: {string.Join(", ", rows.Items.Select(t => t.ActivityId))}");
        return task!;
    }

    /// <summary>The open tasks of the project's instances, whoever's they are (read from the database: no one role sees them all).</summary>
    protected Task<string[]> OpenActivitiesAsync(Guid projectId) => ProjectTasks.OpenActivitiesAsync(App, projectId);

    /// <summary>Completes the task as <paramref name="userName"/> and returns the answer, whatever it is.</summary>
    protected async Task<HttpResponseMessage> SubmitAsync(Guid projectId, string activityId, string userName, object variables)
    {
        var task = await TaskAsync(projectId, activityId, userName);
        return await (await SignInAsync(userName)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables });
    }

    protected Task<HttpResponseMessage> CompleteAsync(Guid projectId, string activityId, string userName, object variables) =>
        SubmitAsync(projectId, activityId, userName, variables).EnsureSuccessAsync();

    /// <summary>The field keys of a 400 answer's problem details.</summary>
    protected static async Task<string[]> ProblemKeysAsync(HttpResponseMessage response)
    {
        Assert.That((int)response.StatusCode, Is.EqualTo(400), await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateObject().Select(error => error.Name)];
    }

    protected async Task<JsonElement> ProjectAsync(Guid projectId) =>
        await (await SignInAsync("bureau")).GetFromJsonAsync<JsonElement>($"/api/projects/{projectId}");

    protected async Task UploadAsync(Guid projectId, DocumentKind kind) =>
        await (await SignInAsync("dept-a")).PostAsync($"/api/projects/{projectId}/documents",
            MultipartBodies.File($"{kind}.pdf", Encoding.UTF8.GetBytes($"%PDF {kind}"), ("kind", kind.ToString()))).EnsureSuccessAsync();

    /// <summary>Today in the county (Beijing time), as the date fields expect it.</summary>
    protected virtual string Today => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    protected Task ApplyAsync(Guid projectId) =>
        CompleteAsync(projectId, "prepareApplication", "dept-a", new { applicationNote = "申请立项", contactPerson = "张三", contactPhone = "0358-1234567" });

    /// <summary>The approval bureau checks the materials and confirms (or corrects) the plan and scale.</summary>
    protected Task MaterialReviewAsync(Guid projectId, string annualPlanStatus = "in-plan", string projectScale = "ordinary") =>
        CompleteAsync(projectId, "materialReview", "approval", new { materialDecision = "approve", annualPlanStatus, projectScale, materialOpinion = "材料齐全" });

    protected async Task TechnicalAndBureauReviewAsync(Guid projectId)
    {
        await CompleteAsync(projectId, "technicalReview", "dgsc", new { technicalDecision = "approve", technicalOpinion = "方案可行" });
        await CompleteAsync(projectId, "bureauReview", "bureau", new
        {
            needReasonable = true, intensiveConstruction = true, planFeasible = true, budgetReasonable = true, performanceTargetsReasonable = true,
            reviewDecision = "approve", reviewOpinion = "同意立项",
        });
    }

    protected Task<HttpResponseMessage> ApproveBudgetAsync(Guid projectId, decimal approvedBudget) =>
        SubmitAsync(projectId, "budgetApproval", "finance", new { budgetDecision = "approve", approvedBudget, budgetOpinion = "同意" });

    /// <summary>From the start to finance's approval of <paramref name="approvedBudget"/> for a planned, ordinary project.</summary>
    protected async Task RunToBudgetedAsync(Guid projectId, decimal approvedBudget = 450_000m)
    {
        await ApplyAsync(projectId);
        await MaterialReviewAsync(projectId);
        await TechnicalAndBureauReviewAsync(projectId);
        await ApproveBudgetAsync(projectId, approvedBudget).EnsureSuccessAsync();
    }

    protected async Task ProcureAsync(Guid projectId)
    {
        await UploadAsync(projectId, DocumentKind.BudgetReviewReport);
        await CompleteAsync(projectId, "procurement", "dept-a", new { procurementMethod = "open-tender", builderName = "某科技公司" });
        await UploadAsync(projectId, DocumentKind.Contract);
    }

    protected Task<HttpResponseMessage> SignContractAsync(Guid projectId, decimal contractAmount, string contractSignedOn) =>
        SubmitAsync(projectId, "signContract", "dept-a", new
        {
            contractNumber = "HT-2026-001", contractAmount, contractSignedOn, deliverablesAgreed = true,
        });

    /// <summary>Contract filing (with finance acknowledging) and the supervisor, then construction reported complete.</summary>
    protected async Task FileAndBuildAsync(Guid projectId)
    {
        await CompleteAsync(projectId, "fileContract", "dept-a", new { contractFilingNote = "" });
        await CompleteAsync(projectId, "financeContractReceipt", "finance", new { financeReceiptNote = "" });
        await CompleteAsync(projectId, "fileSupervisor", "dept-a", new { supervisorName = "某监理公司", supervisorSelection = "open-tender", supervisorFilingNote = "" });
        await CompleteAsync(projectId, "reportProgress", "dept-a", new { percentComplete = 100, progressSummary = "完工", constructionComplete = true });
    }

    protected Task<HttpResponseMessage> AcceptAsync(Guid projectId, string acceptanceDecision, string acceptedOn, bool dataShared = true, bool secure = true) =>
        SubmitAsync(projectId, "completionAcceptance", "dept-a", new
        {
            acceptedOn, acceptanceDecision, dataSharedToPlatform = dataShared, secureAndControllable = secure, acceptanceOpinion = "验收意见",
        });

    /// <summary>The history rows' new values of the project, as JSON text.</summary>
    protected async Task<string[]> HistoryAsync(Guid projectId) =>
        [.. (await ProjectAsync(projectId)).GetProperty("history").EnumerateArray().Select(row => row.GetProperty("change").GetString()!)];
}
