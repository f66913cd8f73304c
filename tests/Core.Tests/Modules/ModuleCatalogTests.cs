using Verkostoportaali.Contents;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Testing;
using Verkostoportaali.Web;

namespace Verkostoportaali.Core.Tests.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Features_come_with_their_dependencies_in_catalog_order()
    {
        var catalog = Catalog(new ContentsModule(), new PlacesModule(), new TripsModule());

        var features = catalog.WithDependencies(["Trips"]);

        Assert.Equal(["Places", "Trips"], features);
    }

    [Fact]
    public void Feature_named_twice_or_also_as_a_dependency_appears_once()
    {
        var catalog = Catalog(new PlacesModule(), new TripsModule());

        var features = catalog.WithDependencies(["Trips", "Places", "Trips"]);

        Assert.Equal(["Places", "Trips"], features);
    }

    [Fact]
    public void Unknown_feature_is_refused()
    {
        var catalog = Catalog(new PlacesModule());

        var error = Assert.Throws<ArgumentException>(() => catalog.WithDependencies(["Places", "Forum"]));

        Assert.StartsWith("There is no feature 'Forum'.", error.Message);
    }

    [Fact]
    public void Module_whose_dependency_was_not_added_first_is_refused()
    {
        var catalog = Catalog(new ContentsModule());

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Add(new TripsModule()));

        Assert.Equal("Module 'Trips' depends on Places: add those modules before it in Program.cs.", error.Message);
        Assert.Null(catalog.Find("Trips"));
    }

    [Fact]
    public void Module_added_twice_is_refused()
    {
        var catalog = Catalog(new PlacesModule());

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Add(new PlacesModule()));

        Assert.Equal("Module 'Places' is added twice.", error.Message);
    }

    [Fact]
    public void Default_features_are_the_modules_enabled_by_default()
    {
        var catalog = Catalog(new ContentsModule(), new TestingModule(), new PlacesModule(), new TripsModule());

        var defaults = catalog.DefaultFeatures;

        Assert.Equal(["Contents", "Testing"], defaults);
    }

    [Fact]
    public void Portal_builder_refuses_a_module_listed_before_its_dependency()
    {
        var builder = TestPortal.CreateBuilder(AppContext.BaseDirectory);
        var portal = builder.AddPortal().AddModule<ContentsModule>();

        var error = Assert.Throws<InvalidOperationException>(() => portal.AddModule<TripsModule>());

        Assert.Contains("depends on Places", error.Message);
    }

    private static ModuleCatalog Catalog(params Module[] modules)
    {
        var catalog = new ModuleCatalog();
        foreach (var module in modules)
        {
            catalog.Add(module);
        }
        return catalog;
    }
}
