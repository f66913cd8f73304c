using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Verkostoportaali.Data;

/// <summary>
/// A list of strings in one text column as a JSON array, which is how EF Core keeps a primitive collection on SQLite;
/// on PostgreSQL it would make an array column instead, and the steps made text columns.
/// </summary>
public static class JsonListColumn
{
    public static PropertyBuilder<IReadOnlyList<string>> StoredAsJson(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(
            new ValueConverter<IReadOnlyList<string>, string>(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>()),
            new ValueComparer<IReadOnlyList<string>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                v => v.ToList()));
}
