using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Domain.Security;

internal sealed class SecurityIncidentConfiguration : IEntityTypeConfiguration<SecurityIncident>
{
    public void Configure(EntityTypeBuilder<SecurityIncident> builder)
    {
        builder.ToTable("security_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Description).HasMaxLength(2000).IsRequired();
        builder.Property(i => i.Handling).HasMaxLength(2000).IsRequired();
        builder.Property(i => i.ReportedTo).HasMaxLength(200).IsRequired();
        builder.Property(i => i.RecordedBy).HasMaxLength(256);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(i => i.SystemId)
            .HasConstraintName("fk_security_incidents_system");
        builder.HasIndex(i => new { i.SystemId, i.OccurredAt }).HasDatabaseName("ix_security_incidents_system");
    }
}
