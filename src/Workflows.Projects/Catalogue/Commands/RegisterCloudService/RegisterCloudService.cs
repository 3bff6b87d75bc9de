using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.RegisterCloudService;

/// <summary>Adds a service of the municipal government cloud's catalogue (art. 12).</summary>
public sealed record RegisterCloudService(string Code, string Name, CloudServiceLayer Layer) : ICommand;

public sealed class RegisterCloudServiceHandler(WorkflowsDbContext db) : ICommandHandler<RegisterCloudService>
{
    public async ValueTask<Unit> Handle(RegisterCloudService command, CancellationToken cancellationToken)
    {
        if (await db.Set<CloudService>().AnyAsync(s => s.Code == command.Code, cancellationToken))
            throw new ConflictException($"云服务 {command.Code} 已存在 (already in the catalogue)");
        if (string.IsNullOrWhiteSpace(command.Code) || command.Code.Length > 64 || string.IsNullOrWhiteSpace(command.Name) || command.Name.Length > 200)
            throw new InvalidRequestException("云服务编码（不超过64字符）和名称（不超过200字）必填 (code and name are required)");
        db.Add(new CloudService { Code = command.Code, Name = command.Name.Trim(), Layer = command.Layer });
        return Unit.Value;
    }
}
