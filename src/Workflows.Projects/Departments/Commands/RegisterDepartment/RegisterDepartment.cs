using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Departments;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Departments.Commands.RegisterDepartment;

/// <summary>Registers a county department or township by code; <paramref name="EstablishedOn"/> marks a newly established one (art. 11).</summary>
public sealed record RegisterDepartment(string Code, string Name, DepartmentKind Kind, DateOnly? EstablishedOn = null) : ICommand;

public sealed class RegisterDepartmentHandler(WorkflowsDbContext db) : ICommandHandler<RegisterDepartment>
{
    public async ValueTask<Unit> Handle(RegisterDepartment command, CancellationToken cancellationToken)
    {
        if (await db.Set<Department>().AnyAsync(d => d.Code == command.Code || d.Name == command.Name, cancellationToken))
            throw new ConflictException($"部门编码 {command.Code} 或名称 {command.Name} 已存在 (department already registered)");
        db.Add(new Department { Code = command.Code, Name = command.Name.Trim(), Kind = command.Kind, EstablishedOn = command.EstablishedOn });
        return Unit.Value;
    }
}
