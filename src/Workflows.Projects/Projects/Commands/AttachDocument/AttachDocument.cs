using System.Security.Cryptography;
using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.AttachDocument;

/// <summary>Stores a document of the project with the SHA-256 of its content.</summary>
/// <param name="Department">The caller's department when a department clerk uploads; null for the county-wide roles.</param>
public sealed record AttachDocument(
    Guid ProjectId, DocumentKind Kind, string FileName, string ContentType, byte[] Content, string? Actor = null, string? Department = null)
    : ICommand<AttachedDocument>;

public sealed record AttachedDocument(Guid DocumentId, string Sha256);

public sealed class AttachDocumentHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<AttachDocument, AttachedDocument>
{
    public async ValueTask<AttachedDocument> Handle(AttachDocument command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        // Art. 8: the application, contract and reports are the lead department's; a co-builder confirms its part only.
        if (command.Department is not null && command.Department != project.LeadDepartmentCode)
            throw new ForbiddenException($"只有牵头部门可以上传项目材料 (only the lead department {project.LeadDepartmentCode} files the project's documents)");
        var now = time.GetUtcNow();
        var document = new ProjectDocument
        {
            Id = Guid.CreateVersion7(now),
            ProjectId = project.Id,
            Kind = command.Kind,
            FileName = Path.GetFileName(command.FileName),
            ContentType = command.ContentType,
            Content = command.Content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content)),
            UploadedAt = now,
            UploadedBy = command.Actor ?? "",
        };
        db.Add(document);
        project.Record(now, command.Actor, "document-attached", $"上传{DocumentNames.Of(command.Kind)}《{document.FileName}》",
            newValues: new { document.Kind, document.FileName, document.Sha256 });
        return new AttachedDocument(document.Id, document.Sha256);
    }
}
