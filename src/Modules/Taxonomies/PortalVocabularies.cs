using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Taxonomies;

/// <summary>
/// The portal's data step that gives a portal set up before its lists across sites the vocabularies their filters name
/// choices by, which the portal recipe runs since: themes and service fields, as this release's
/// <c>recipes/taxonomies</c> files (built into the module) hold them. A vocabulary the portal has already, from a recipe
/// or an administrator, stays as it is, terms and all. Writes in SQL only the columns it names, as data steps do.
/// </summary>
internal static class PortalVocabularies
{
    public static readonly IReadOnlyList<string> Names = ["themes", "service-fields"];

    public static async Task AddMissingAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var existing = await db.Database.SqlQuery<string>($"""SELECT "Id" AS "Value" FROM "Vocabularies" """).ToListAsync(cancellationToken);
        foreach (var vocabulary in Names.Except(existing).Select(Read))
        {
            var label = vocabulary.Label;
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Vocabularies" ("Id", "Label_Fi", "Label_Sv", "Label_En") VALUES ({vocabulary.Vocabulary}, {label.Fi}, {label.Sv}, {label.En})""",
                cancellationToken);
            foreach (var (term, order) in vocabulary.Terms.Select((t, i) => (t, i)))
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Terms" ("Vocabulary", "Id", "Parent", "Order", "Name_Fi", "Name_Sv", "Name_En")
                    VALUES ({vocabulary.Vocabulary}, {term.Id}, {term.Parent}, {order}, {term.Name.Fi}, {term.Name.Sv}, {term.Name.En})
                    """, cancellationToken);
            }
            logger.LogInformation("The portal got the vocabulary {Vocabulary} with {Count} terms.", vocabulary.Vocabulary, vocabulary.Terms.Count);
        }
    }

    private static TaxonomyStep.Data Read(string name)
    {
        var file = $"{name}.recipe.json";
        using var stream = typeof(PortalVocabularies).Assembly.GetManifestResourceStream(file)
            ?? throw new InvalidOperationException($"The module is built without {file}.");
        var recipe = RecipeFiles.Parse(new StreamReader(stream).ReadToEnd(), file);
        return recipe.Steps.Select(TaxonomyStep.Read).Single(s => s.Vocabulary == name);
    }
}
