using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Contents.Editing;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Editing;

[Collection(PortalCollection.Name)]
public sealed class ContentEditorTests(PortalHost host)
{
    // The generic editor makes its labels from member names at run time, where no PO extraction sees them: Contents'
    // PO files carry them as "#. runtime:" entries, for the parts of every module.
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public void Generic_editor_labels_and_choices_of_every_modules_parts_are_translated_in_contents_po_files(string language)
    {
        var editor = host.Services.GetRequiredService<ContentEditor>();
        var everyPart = new ContentTypeDefinition
        {
            Name = "Every", Label = new("Kaikki"), Parts = [.. host.Services.GetRequiredService<ContentPartRegistry>().Names],
        };
        var localizer = host.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(ContentEditor));
        var generic = editor.EditorsOf(everyPart, new Dictionary<string, IReadOnlyList<string>>(), [])
            .Where(e => e.View == ContentEditor.GenericView).ToList();

        var texts = generic.SelectMany(e => Texts(e.Fields).Prepend(e.Label)).Distinct().ToList();
        var untranslated = UiLanguage.In(language, () => texts.Where(text => localizer[text].ResourceNotFound).ToList());

        Assert.True(generic.Count >= 5, string.Join(", ", generic.Select(e => e.Label)));
        Assert.True(untranslated.Count == 0, $"Not in Contents' {language}.po: " + string.Join(", ", untranslated));
    }

    private static IEnumerable<string> Texts(IEnumerable<EditorField> fields) =>
        fields.SelectMany(f => Texts(f.Members).Concat(f.Options).Prepend(f.Label));
}
