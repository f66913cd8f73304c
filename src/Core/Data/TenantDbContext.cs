using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Data;

/// <summary>A tenant's own database: content versions, content types, and the tables modules add. Pooled: each scope
/// leases one for its tenant (<see cref="TenantDbOnDemand"/>), as creating one took a tenth of a list page's time.</summary>
public sealed class TenantDbContext(DbContextOptions<TenantDbContext> options) : DbContext(options), ITenantLease
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    internal DbSet<StoredContentType> ContentTypes => Set<StoredContentType>();
    internal DbSet<StoredSettings> Settings => Set<StoredSettings>();

    /// <summary>
    /// Set by a module whose writes through this context are its own bookkeeping, which no page shows (e.g. how far
    /// search indexes have read the outbox): they leave the tenant's version in <see cref="TenantChanges"/> as it is.
    /// </summary>
    public bool IsBookkeeping { get; set; }

    /// <summary>The tenant of the scope that leased the context; null in a context made to upgrade a database.</summary>
    internal Tenancy.Tenant? Tenant { get; set; }

    string ITenantLease.TenantName => Tenant?.Name ?? throw new InvalidOperationException("The context was not leased for a tenant.");

    public bool HasUncommittedWrites { get; set; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var item = modelBuilder.Entity<ContentItem>();
        item.ToTable("ContentItems");
        item.Property(i => i.Data);
        item.Property(i => i.Revision).IsConcurrencyToken();
        item.HasIndex(i => i.VersionId).IsUnique();
        item.HasIndex(i => i.ContentItemId);
        // One latest and one published version per item, one published item per slug: concurrent saves cannot break these.
        item.HasIndex(i => i.ContentItemId, "IX_ContentItems_Latest").IsUnique().HasFilter(VersionFilters.Latest);
        item.HasIndex(i => i.ContentItemId, "IX_ContentItems_Published").IsUnique().HasFilter(VersionFilters.Published);
        item.HasIndex(i => new { i.Slug, i.Culture }, "IX_ContentItems_PublishedSlug").IsUnique().HasFilter(VersionFilters.Published);
        item.HasIndex(i => new { i.ContentType, i.Published, i.Culture });
        item.HasIndex(i => i.LocalizationSet);

        modelBuilder.Entity<StoredContentType>().HasKey(t => t.Name);
        modelBuilder.Entity<StoredSettings>().ToTable("Settings").HasKey(s => s.Name);

        // A pooled context's constructor takes its options only; the modules' models come from the app's services.
        foreach (var model in this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ApplicationServiceProvider!.GetServices<ITenantModel>())
        {
            model.Configure(modelBuilder);
        }
    }
}

/// <summary>A module's tables in the tenant database. Modules register one through <see cref="ContentRegistration"/>.</summary>
public interface ITenantModel
{
    /// <summary>Adds the module's entities to the tenant model.</summary>
    void Configure(ModelBuilder modelBuilder);
}

internal sealed class StoredContentType
{
    public required string Name { get; init; }
    public required string Definition { get; set; }
}
