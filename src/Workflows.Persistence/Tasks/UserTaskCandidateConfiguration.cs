using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Tasks;

internal sealed class UserTaskCandidateConfiguration : IEntityTypeConfiguration<UserTaskCandidate>
{
    public void Configure(EntityTypeBuilder<UserTaskCandidate> builder)
    {
        builder.ToTable("user_task_candidates");
        builder.HasKey(c => new { c.TaskId, c.Kind, c.Value });
        builder.Property(c => c.Value).HasMaxLength(256);
        // Inbox queries start from "my user name and my groups" and join to the tasks.
        builder.HasIndex(c => new { c.Kind, c.Value, c.TaskId }).HasDatabaseName("ix_user_task_candidates_kind_value");
    }
}
