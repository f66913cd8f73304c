using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalHost>
{
    public const string Name = "Portal";
}
