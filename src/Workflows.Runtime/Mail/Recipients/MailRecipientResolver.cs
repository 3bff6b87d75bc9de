using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Identity;
using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Recipients;

/// <summary>Loads the users behind user names and groups (roles) from the Identity tables; users without a mail address are left out.</summary>
public sealed class MailRecipientResolver(WorkflowsDbContext db, IOptions<MailOptions> options, DepartmentScopedGroups departmentScoped)
{
    public async Task<RecipientDirectory> LoadAsync(IEnumerable<string> userNames, IEnumerable<string> groups, CancellationToken cancellationToken)
    {
        // Identity stores upper-invariant normalized names; matching on them uses the unique indexes.
        var names = userNames.Select(n => n.ToUpperInvariant()).Distinct().ToList();
        var roles = groups.Select(g => g.ToUpperInvariant()).Distinct().ToList();

        var named = names.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName != null && names.Contains(u.NormalizedUserName))
            .ToListAsync(cancellationToken);
        var members = roles.Count == 0 ? [] : await (
                from user in db.Users.AsNoTracking()
                join membership in db.UserRoles on user.Id equals membership.UserId
                join role in db.Roles on membership.RoleId equals role.Id
                where role.NormalizedName != null && roles.Contains(role.NormalizedName)
                select new { Group = role.Name!, User = user })
            .ToListAsync(cancellationToken);

        var byUserName = named.Where(HasMail)
            .ToDictionary(u => u.UserName!, ToRecipient, StringComparer.OrdinalIgnoreCase);
        var byGroup = members.Where(m => HasMail(m.User))
            .ToLookup(m => m.Group, m => new GroupMember(ToRecipient(m.User), m.User.DepartmentCode), StringComparer.OrdinalIgnoreCase);
        return new RecipientDirectory(byUserName, byGroup, departmentScoped);
    }

    private static bool HasMail(WorkflowsUser user) => !string.IsNullOrWhiteSpace(user.Email) && user.UserName is not null;

    private MailRecipient ToRecipient(WorkflowsUser user) => new(
        user.UserName!,
        string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName! : user.DisplayName,
        user.Email!,
        MailLanguage.Choose(user.PreferredLanguage, options.Value.Language));
}
