using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// A tenant's region is a term id of the regions vocabulary ("paijat-hame"). Releases up to 36ac78d stored the region's
/// Finnish name ("Päijät-Häme"), and search made the id from it by this same rule; the host database has no vocabulary
/// to ask, and every region id is its Finnish name so written.
/// </summary>
public static class TenantRegions
{
    private sealed record Row(string Name, string Region);

    /// <summary>The id for a region given by its Finnish name; an id stays as it is.</summary>
    public static string? IdOf(string? region) => string.IsNullOrWhiteSpace(region) ? null
        : region.Trim().ToLowerInvariant().Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a').Replace(' ', '-');

    /// <summary>The host step: each stored name becomes its id; a value the rule cannot make an id of stays, with a warning.</summary>
    internal static async Task ToIdsAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<Row>("""SELECT "Name", "Region" FROM "Tenants" WHERE "Region" IS NOT NULL""")
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Region) && IdOf(r.Region) != r.Region))
        {
            if (IdOf(row.Region) is not { } id || !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                logger.LogWarning("Tenant {Tenant}: region '{Region}' is not a region's name; it is kept as it was.", row.Name, row.Region);
                continue;
            }
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Tenants" SET "Region" = {0} WHERE "Name" = {1}""", [id, row.Name], cancellationToken);
            logger.LogInformation("Tenant {Tenant}: region '{Region}' is now stored as '{Id}'.", row.Name, row.Region, id);
        }
    }
}
