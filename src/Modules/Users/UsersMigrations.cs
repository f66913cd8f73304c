using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;

namespace Verkostoportaali.Users;

/// <summary>The steps of the module's tables: Identity's users and roles, the notifications users turned off, and permissions added since.</summary>
internal static class UsersMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<string>(nullable: false),
                    UserName = table.Column<string>(maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                    Email = table.Column<string>(maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(nullable: false),
                    PasswordHash = table.Column<string>(nullable: true),
                    SecurityStamp = table.Column<string>(nullable: true),
                    ConcurrencyStamp = table.Column<string>(nullable: true),
                    PhoneNumber = table.Column<string>(nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                    TwoFactorEnabled = table.Column<bool>(nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                    LockoutEnabled = table.Column<bool>(nullable: false),
                    AccessFailedCount = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_Users_NormalizedEmail",
                table: "Users",
                column: "NormalizedEmail");
            b.CreateIndex(
                name: "IX_Users_NormalizedUserName",
                table: "Users",
                column: "NormalizedUserName",
                unique: true);
            b.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Id = table.Column<string>(nullable: false),
                    Name = table.Column<string>(nullable: true),
                    NormalizedName = table.Column<string>(nullable: true),
                    ConcurrencyStamp = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_Roles_NormalizedName",
                table: "Roles",
                column: "NormalizedName",
                unique: true);
            b.CreateTable(
                name: "UserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(nullable: false),
                    RoleId = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserRoles", x => new { x.UserId, x.RoleId });
                });
            b.CreateTable(
                name: "UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(nullable: true),
                    ClaimType = table.Column<string>(nullable: true),
                    ClaimValue = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserClaims", x => x.Id);
                });
            b.CreateTable(
                name: "RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(nullable: true),
                    ClaimType = table.Column<string>(nullable: true),
                    ClaimValue = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleClaims", x => x.Id);
                });
            b.CreateTable(
                name: "UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(nullable: false),
                    ProviderKey = table.Column<string>(nullable: false),
                    ProviderDisplayName = table.Column<string>(nullable: true),
                    UserId = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                });
            b.CreateTable(
                name: "UserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(nullable: false),
                    LoginProvider = table.Column<string>(nullable: false),
                    Name = table.Column<string>(nullable: false),
                    Value = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                });
        }),
        MigrationStep.SchemaStep(2, "NotificationOptOuts", b =>
        {
            b.CreateTable(
                name: "UserNotificationOptOuts",
                columns: table => new
                {
                    UserId = table.Column<string>(nullable: false),
                    NotificationId = table.Column<string>(maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserNotificationOptOuts", x => new { x.UserId, x.NotificationId });
                });
            b.CreateIndex(
                name: "IX_UserNotificationOptOuts_NotificationId",
                table: "UserNotificationOptOuts",
                column: "NotificationId");
        }),
        MigrationStep.DataStep(3, "Administrators manage mail", AdministratorsGetAsync("ManageMail")),
    ];

    // A permission a module gained after sites were made (the Mail module's, enabled in every site already): each site's
    // Administrator role gets it once, as a new site's does. On a new site there is no role yet; DefaultRoles grants it.
    private static Func<DbContext, ILogger, CancellationToken, Task> AdministratorsGetAsync(string permission) => async (db, log, cancellationToken) =>
    {
        var roles = await db.Set<IdentityRole>().Where(r => r.Name == PortalRoles.Administrator)
            .Where(r => !db.Set<IdentityRoleClaim<string>>().Any(c => c.RoleId == r.Id && c.ClaimType == RolePermissions.ClaimType && c.ClaimValue == permission))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var role in roles)
        {
            db.Add(new IdentityRoleClaim<string> { RoleId = role, ClaimType = RolePermissions.ClaimType, ClaimValue = permission });
        }
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Gave the Administrator role the permission {Permission}: {Count}.", permission, roles.Count);
    };
}
