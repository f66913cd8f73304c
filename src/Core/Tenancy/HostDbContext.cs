using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>The host database: the tenant registry, shared by all tenants.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<Tenant>();
        tenant.HasKey(t => t.Name);
        tenant.Ignore(t => t.IsDefault);
        tenant.Property(t => t.State).HasConversion<string>();
        tenant.Property(t => t.HostNames).StoredAsJson();
        tenant.Property(t => t.Features).StoredAsJson();
    }
}
