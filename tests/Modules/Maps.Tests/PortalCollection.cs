using Verkostoportaali.Testing;

namespace Verkostoportaali.Maps.Tests;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalHost>
{
    public const string Name = "Portal";
}
