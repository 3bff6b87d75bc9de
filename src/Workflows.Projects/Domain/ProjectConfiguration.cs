using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Domain;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        // Triggers keep department_project_counts (DepartmentProjectCount); SQL Server then needs EF to save without OUTPUT.
        builder.ToTable("projects", table => table.HasTrigger("trg_projects_counted"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique().HasDatabaseName("ix_projects_code");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        // The project list pages in the database by code (the unique index above), name or stage, and the dashboard counts by stage.
        builder.HasIndex(p => new { p.Name, p.Code }).HasDatabaseName("ix_projects_name_code");
        builder.HasIndex(p => new { p.Stage, p.Code }).HasDatabaseName("ix_projects_stage_code");
        builder.HasIndex(p => new { p.LeadDepartmentCode, p.Code }).HasDatabaseName("ix_projects_lead_department_code_code");
        // The dashboard counts stages and lead departments in one pass over this narrow index, and reads the few projects
        // whose funding is held or suspended from a partial index that holds only them.
        builder.HasIndex(p => new { p.Stage, p.LeadDepartmentCode }).HasDatabaseName("ix_projects_stage_lead_department");
        builder.HasIndex(p => p.FundingStatus).HasDatabaseName("ix_projects_funding_held").HasFilter("funding_status <> 'Normal'");
        builder.Property(p => p.LeadDepartmentCode).HasMaxLength(64);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.LeadDepartmentCode)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_projects_lead_department");
        builder.HasOne<PlanEntry>().WithMany().HasForeignKey(p => p.PlanEntryId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_projects_plan_entry");
        builder.Property(p => p.Scope).HasMaxLength(4000);
        builder.Property(p => p.TotalBudget).HasPrecision(18, 2);
        builder.Property(p => p.ApprovedBudget).HasPrecision(18, 2);
        builder.Property(p => p.FundingHoldReason).HasMaxLength(500);
        builder.Property(p => p.CryptographyPlan).HasMaxLength(2000);
        builder.Property(p => p.MunicipalPartner).HasMaxLength(200);
        builder.Property(p => p.MunicipalShare).HasMaxLength(2000);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.OwnsOne(p => p.DataSharing, plan =>
        {
            plan.Property(d => d.Sources).HasMaxLength(1000);
            plan.Property(d => d.Formats).HasMaxLength(500);
            plan.Property(d => d.UpdateFrequency).HasMaxLength(200);
            plan.Property(d => d.Sharing).HasMaxLength(1000);
            plan.Property(d => d.Opening).HasMaxLength(1000);
        });
        builder.Navigation(p => p.DataSharing).IsRequired();
        builder.OwnsOne(p => p.SharingException, exception =>
        {
            exception.Property(e => e.Reason).HasColumnName("sharing_exception_reason").HasMaxLength(2000);
            exception.Property(e => e.DecidedBy).HasColumnName("sharing_exception_decided_by").HasMaxLength(256);
            exception.Property(e => e.DecidedAt).HasColumnName("sharing_exception_decided_at");
        });
    }
}
