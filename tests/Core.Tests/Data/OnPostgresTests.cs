using Verkostoportaali.Core.Tests.Content;
using Verkostoportaali.Core.Tests.Contents;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Data;

// The content store's own tests again on PostgreSQL: versions, publishing, concurrent saves and unique slugs.

public sealed class ContentManagerOnPostgresTests(PostgresTestPortal portal) : ContentManagerTests(portal), IClassFixture<PostgresTestPortal>;

public sealed class ConcurrencyOnPostgresTests(PostgresTestPortal portal) : ConcurrencyTests(portal), IClassFixture<PostgresTestPortal>;

public sealed class AutoroutePartOnPostgresTests(PostgresTestPortal portal) : AutoroutePartTests(portal), IClassFixture<PostgresTestPortal>;
