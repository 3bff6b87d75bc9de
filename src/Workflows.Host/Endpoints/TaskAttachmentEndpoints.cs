using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Workflows.Host.Authorization;
using Workflows.Host.Uploads;
using Workflows.Projects.Attachments.Commands.AddTaskComment;
using Workflows.Projects.Attachments.Commands.AttachTaskFile;
using Workflows.Projects.Attachments.Common;
using Workflows.Projects.Attachments.Queries.GetTaskAttachment;
using Workflows.Projects.Attachments.Queries.ListTaskAttachments;
using Workflows.Projects.Attachments.Queries.ListTaskComments;
using Workflows.Runtime.Tasks.GetTask;

namespace Workflows.Host.Endpoints;

/// <summary>
/// Comments and files on a task: whoever may see the task adds them there and reads those of every task of its
/// case (its process instance and the instances calling it or called by it), each saying on which task it was written.
/// </summary>
public static class TaskAttachmentEndpoints
{
    public sealed record CommentRequest(string? Text);

    public static RouteGroupBuilder MapTaskAttachments(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/comments", ListComments);
        group.MapPost("/{id:guid}/comments", AddComment);
        group.MapGet("/{id:guid}/attachments", ListAttachments);
        // The host's own antiforgery middleware checks cookie-authenticated uploads (UseApiAntiforgery).
        group.MapPost("/{id:guid}/attachments", AddAttachment).DisableAntiforgery();
        return group;
    }

    public static IEndpointRouteBuilder MapAttachmentDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/attachments/{id:guid}", DownloadAttachment).WithTags("Tasks");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<TaskCommentItem>>> ListComments(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        TaskAccess.EnsureCanView(Caller.From(principal), await mediator.Send(new GetTask(id)));
        return TypedResults.Ok(await mediator.Send(new ListTaskComments(id)));
    }

    public static async Task<Created<TaskCommentItem>> AddComment(Guid id, CommentRequest request, ClaimsPrincipal principal, IMediator mediator)
    {
        var caller = Caller.From(principal);
        TaskAccess.EnsureCanView(caller, await mediator.Send(new GetTask(id)));
        var displayName = principal.FindFirstValue(WorkflowsClaims.DisplayName) ?? caller.UserName;
        var comment = await mediator.Send(new AddTaskComment(id, request.Text ?? "", caller.UserName, displayName));
        return TypedResults.Created($"/api/tasks/{id}/comments", comment);
    }

    public static async Task<Ok<IReadOnlyList<TaskAttachmentItem>>> ListAttachments(Guid id, ClaimsPrincipal principal, IMediator mediator)
    {
        TaskAccess.EnsureCanView(Caller.From(principal), await mediator.Send(new GetTask(id)));
        return TypedResults.Ok(await mediator.Send(new ListTaskAttachments(id)));
    }

    public static async Task<Created<TaskAttachmentItem>> AddAttachment(
        Guid id, IFormFile? file, ClaimsPrincipal principal, IMediator mediator, IOptions<AttachmentOptions> options, CancellationToken cancellationToken)
    {
        var caller = Caller.From(principal);
        TaskAccess.EnsureCanView(caller, await mediator.Send(new GetTask(id), cancellationToken));
        var upload = await UploadedFile.ReadAsync(file, options, cancellationToken);
        var attachment = await mediator.Send(new AttachTaskFile(id, upload.FileName, upload.ContentType, upload.Content, caller.UserName), cancellationToken);
        return TypedResults.Created($"/api/attachments/{attachment.Id}", attachment);
    }

    public static async Task<FileContentHttpResult> DownloadAttachment(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var attachment = await mediator.Send(new GetTaskAttachment(id), cancellationToken);
        await CaseAccess.EnsureCanViewAsync(Caller.From(principal), await mediator.Send(new GetTask(attachment.TaskId), cancellationToken), mediator, cancellationToken);
        return TypedResults.File(attachment.Content, FileKinds.ContentTypeOf(attachment.FileName), attachment.FileName);
    }
}
