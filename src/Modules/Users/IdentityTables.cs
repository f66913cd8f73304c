using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Users;

/// <summary>
/// Identity's tables in the tenant database. The kernel's one tenant DbContext cannot derive from IdentityDbContext,
/// so the keys and indexes IdentityDbContext would configure are mapped here by hand.
/// </summary>
internal sealed class IdentityTables : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityUser>(user =>
        {
            user.ToTable("Users");
            user.HasKey(u => u.Id);
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.HasIndex(u => u.NormalizedEmail);
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            user.Property(u => u.UserName).HasMaxLength(256);
            user.Property(u => u.NormalizedUserName).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
        });
        modelBuilder.Entity<IdentityRole>(role =>
        {
            role.ToTable("Roles");
            role.HasKey(r => r.Id);
            role.HasIndex(r => r.NormalizedName).IsUnique();
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("UserRoles").HasKey(r => new { r.UserId, r.RoleId });
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("UserClaims").HasKey(c => c.Id);
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("RoleClaims").HasKey(c => c.Id);
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("UserLogins").HasKey(l => new { l.LoginProvider, l.ProviderKey });
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("UserTokens").HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
    }
}
