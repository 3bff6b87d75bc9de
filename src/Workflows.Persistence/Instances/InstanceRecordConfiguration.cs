using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Instances;

internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.ToTable("process_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.DefinitionKey).HasMaxLength(200);
        builder.Property(i => i.BusinessKey).HasMaxLength(200);
        // An int token rather than a provider row version, so SQLite, PostgreSQL and SQL Server behave alike.
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => i.BusinessKey).HasDatabaseName("ix_process_instances_business_key");
        builder.HasIndex(i => new { i.DefinitionKey, i.Status }).HasDatabaseName("ix_process_instances_key_status");
        // Only called instances have a parent, and they are only ever looked up by it.
        builder.HasIndex(i => i.ParentInstanceId).HasFilter("parent_instance_id IS NOT NULL").HasDatabaseName("ix_process_instances_parent");
        builder.Property(i => i.DepartmentCode).HasMaxLength(64);
        builder.HasIndex(i => new { i.DepartmentCode, i.Status }).HasDatabaseName("ix_process_instances_department_status");
    }
}
