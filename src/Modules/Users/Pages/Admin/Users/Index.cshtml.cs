using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Pages.Admin.Users;

/// <summary>The tenant's accounts by name, with their roles and whether they are locked; searched by name or e-mail.</summary>
[RequirePermission("ManageUsers")]
public sealed class UsersModel(UserManager<IdentityUser> users, TenantDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public ListPage ListPage { get; private set; } = new(1, 1, null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var accounts = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var normalized = users.NormalizeName(Search.Trim());
            accounts = accounts.Where(u => u.NormalizedUserName!.Contains(normalized) || u.NormalizedEmail!.Contains(normalized));
        }
        ListPage = ListPage.Read(Request.Query).Of(await accounts.CountAsync(cancellationToken), PageSize);
        var page = await accounts.OrderBy(u => u.NormalizedUserName).Skip(ListPage.Skip(PageSize)).Take(PageSize).ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = await (
            from userRole in db.Set<IdentityUserRole<string>>()
            join role in db.Set<IdentityRole>() on userRole.RoleId equals role.Id
            where ids.Contains(userRole.UserId)
            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        Rows = [.. page.Select(u => new UserRow(u.Id, u.UserName!, u.Email,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)], UserChanges.IsLocked(u, clock)))];
    }

    public sealed record UserRow(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, bool Locked);
}
