using Verkostoportaali.PoExtract;

namespace Verkostoportaali.Localization.Tests.Extraction;

/// <summary>The repository's own PO files against its own code: what <c>dotnet run --project tools/PoExtract -- --check</c> reports.</summary>
public sealed class CompletenessTests
{
    private static readonly string Root = Repository.Find(AppContext.BaseDirectory);

    [Fact]
    public void Every_msgid_the_code_uses_has_finnish_and_swedish_and_no_po_entry_is_unused()
    {
        var problems = PoModule.All(Root).SelectMany(Completeness.Check).Select(p => p.ToString()).ToList();

        Assert.True(problems.Count == 0,
            "Run `dotnet run --project tools/PoExtract` and translate what it adds:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void No_msgid_is_translated_differently_in_a_module_and_in_web_or_core_which_its_lookups_also_read()
    {
        var problems = SharedLookups.Check(PoModule.All(Root)).Select(p => p.ToString()).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_module_with_strings_is_checked_among_them_core_web_and_the_modules()
    {
        var modules = PoModule.All(Root).Where(m => m.Uses().Count > 0).Select(m => m.Name).ToList();

        Assert.Contains("Core", modules);
        Assert.Contains("Web", modules);
        Assert.Contains("Projects", modules);
        Assert.True(modules.Count >= 10, string.Join(", ", modules));
    }
}
