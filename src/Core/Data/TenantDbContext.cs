using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Data;

/// <summary>A tenant's own database: content versions, content types, and the tables modules add.</summary>
public sealed class TenantDbContext(DbContextOptions<TenantDbContext> options, IEnumerable<ITenantModel> moduleModels)
    : DbContext(options), IBookkeeping
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    internal DbSet<StoredContentType> ContentTypes => Set<StoredContentType>();
    internal DbSet<StoredSettings> Settings => Set<StoredSettings>();

    /// <summary>
    /// Set by a module whose writes through this context are its own bookkeeping, which no page shows (e.g. how far
    /// search indexes have read the outbox): they leave the tenant's version in <see cref="TenantChanges"/> as it is.
    /// </summary>
    public bool IsBookkeeping { get; set; }

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

        foreach (var model in moduleModels)
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
