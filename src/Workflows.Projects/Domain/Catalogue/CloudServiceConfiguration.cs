using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Catalogue;

internal sealed class CloudServiceConfiguration : IEntityTypeConfiguration<CloudService>
{
    public void Configure(EntityTypeBuilder<CloudService> builder)
    {
        builder.ToTable("cloud_services");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
    }
}
