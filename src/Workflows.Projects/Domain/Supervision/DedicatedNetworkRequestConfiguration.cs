using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Supervision;

internal sealed class DedicatedNetworkRequestConfiguration : IEntityTypeConfiguration<DedicatedNetworkRequest>
{
    public void Configure(EntityTypeBuilder<DedicatedNetworkRequest> builder)
    {
        builder.ToTable("dedicated_network_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.LegalBasis).HasMaxLength(1000).IsRequired();
        builder.Property(r => r.Justification).HasMaxLength(4000);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.Opinion).HasMaxLength(2000);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId)
            .HasConstraintName("fk_dedicated_network_requests_project");
    }
}
