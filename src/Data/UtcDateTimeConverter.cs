using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Verkostoportaali.Data;

/// <summary>SQLite keeps no DateTimeKind; every DateTime we store is UTC, so it is read back as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
