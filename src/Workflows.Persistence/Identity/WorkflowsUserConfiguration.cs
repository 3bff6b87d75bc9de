using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Identity;

internal sealed class WorkflowsUserConfiguration : IEntityTypeConfiguration<WorkflowsUser>
{
    public void Configure(EntityTypeBuilder<WorkflowsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.DepartmentCode).HasMaxLength(64);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(16);
        builder.HasIndex(u => u.DepartmentCode).HasDatabaseName("ix_users_department_code");
    }
}
