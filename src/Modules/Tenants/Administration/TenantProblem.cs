using System.Globalization;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// Why a tenant operation was refused: <paramref name="Msgid"/> is a msgid (translated by the admin pages, printed
/// in English by the ops commands) and <paramref name="Field"/> the input it is about, or "" for the whole request.
/// </summary>
public sealed record TenantProblem(string Field, string Msgid, params object[] Arguments)
{
    public override string ToString() =>
        Arguments.Length == 0 ? Msgid : string.Format(CultureInfo.InvariantCulture, Msgid, Arguments);
}

/// <summary>The outcome of creating a site: the running tenant, or the problems and nothing created.</summary>
public sealed record TenantCreation(Tenant? Tenant, IReadOnlyList<TenantProblem> Problems)
{
    public bool Succeeded => Tenant is not null;
}
