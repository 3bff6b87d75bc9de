using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Workflows.Host.Authorization;
using Workflows.Host.Uploads;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Commands.AttachDocument;
using Workflows.Projects.Projects.Queries.GetProjectDepartments;
using Workflows.Projects.Projects.Queries.GetProjectDocument;
using Workflows.Projects.Projects.Queries.PageProjectDocuments;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>A project's documents (arts. 8, 14, 18, 21, 25, 26): whoever sees the project uploads and downloads them.</summary>
public static class ProjectDocumentEndpoints
{
    public sealed record DocumentUploaded(Guid Id, DocumentKind Kind, string FileName, long Size, string Sha256);

    public static RouteGroupBuilder MapProjectDocumentEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/documents", PageDocuments);
        group.MapGet("/{id:guid}/documents/{documentId:guid}", DownloadDocument);
        // The host's own antiforgery middleware checks cookie-authenticated uploads (UseApiAntiforgery).
        group.MapPost("/{id:guid}/documents", UploadDocument).DisableAntiforgery();
        return group;
    }

    /// <summary>One page of the project's documents (no content) and how many match in all; 403 for a project the caller may not see.</summary>
    public static async Task<Ok<ProjectDocumentPage>> PageDocuments(
        Guid id, ClaimsPrincipal principal, IMediator mediator, [AsParameters] ProjectDocumentQuery request)
    {
        var caller = Caller.From(principal);
        var query = request.ToQuery(id, caller);
        ProjectAccess.EnsureCanView(caller, await mediator.Send(new GetProjectDepartments(id)));
        return TypedResults.Ok(await mediator.Send(query));
    }

    public static async Task<FileContentHttpResult> DownloadDocument(Guid id, Guid documentId, ClaimsPrincipal principal, IMediator mediator)
    {
        ProjectAccess.EnsureCanView(Caller.From(principal), await mediator.Send(new GetProjectDepartments(id)));
        var document = await mediator.Send(new GetProjectDocument(id, documentId));
        return TypedResults.File(document.Content, FileKinds.ContentTypeOf(document.FileName), document.FileName);
    }

    public static async Task<Created<DocumentUploaded>> UploadDocument(
        Guid id, [FromForm] string? kind, IFormFile? file, ClaimsPrincipal principal, IMediator mediator,
        IOptions<AttachmentOptions> options, CancellationToken cancellationToken)
    {
        var caller = Caller.From(principal);
        ProjectAccess.EnsureCanView(caller, await mediator.Send(new GetProjectDepartments(id), cancellationToken));
        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var documentKind) || !Enum.IsDefined(documentKind))
            throw new InvalidRequestException($"文件种类无效：{kind} (unknown document kind; use one of {string.Join(", ", Enum.GetNames<DocumentKind>())})");

        var upload = await UploadedFile.ReadAsync(file, options, cancellationToken);
        var attached = await mediator.Send(
            new AttachDocument(id, documentKind, upload.FileName, upload.ContentType, upload.Content, caller.UserName,
                caller.IsDepartmentScoped ? caller.DepartmentCode ?? "" : null), cancellationToken);
        return TypedResults.Created($"/api/projects/{id}/documents/{attached.DocumentId}",
            new DocumentUploaded(attached.DocumentId, documentKind, upload.FileName, upload.Content.Length, attached.Sha256));
    }
}
