using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.WithdrawCloudService;

/// <summary>The bureau takes a service out of the municipal cloud catalogue (art. 12): applications can no longer choose it.</summary>
public sealed record WithdrawCloudService(string Code) : ICommand;

public sealed class WithdrawCloudServiceHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<WithdrawCloudService>
{
    public async ValueTask<Unit> Handle(WithdrawCloudService command, CancellationToken cancellationToken)
    {
        var service = await db.Set<CloudService>().FindAsync([command.Code], cancellationToken)
            ?? throw NotFoundException.For("云服务 (cloud service)", command.Code);
        if (service.WithdrawnAt is not null)
            throw new ConflictException($"云服务 {service.Code} 已退出目录 (already withdrawn)");
        service.WithdrawnAt = time.GetUtcNow();
        return Unit.Value;
    }
}
