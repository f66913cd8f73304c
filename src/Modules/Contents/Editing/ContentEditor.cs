using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Editing;

/// <summary>
/// The create/edit form of a type: one editor per part, <c>Views/Parts/{Part}.Edit.cshtml</c> where a module has one,
/// else the generic editor, which shows a record of simple members (and lists of them) from its DataAnnotations.
/// </summary>
public sealed class ContentEditor(ContentPartRegistry parts, PartFormBinder binder, ICompositeViewEngine viewEngine)
{
    public const string GenericView = "/Views/Parts/Part.Edit.cshtml";
    private readonly ConcurrentDictionary<string, bool> viewExists = new();

    /// <summary>The parts of the type that have an editor; the simple fields' part when the type has fields.</summary>
    public IReadOnlyList<string> EditablePartsOf(ContentTypeDefinition type) =>
        [.. type.Parts.Concat(type.Fields.Count > 0 ? [nameof(FieldsPart)] : [])
            .Where(p => parts.Find(p) is { } partType && (CustomView(p) is not null || IsGeneric(partType)))];

    public IReadOnlyList<PartEditor> EditorsOf(ContentTypeDefinition type,
        IReadOnlyDictionary<string, IReadOnlyList<string>> values, IReadOnlyList<ContentError> errors) =>
        [.. EditablePartsOf(type).Select(p => new PartEditor(CustomView(p) ?? GenericView, EditorField.Humanize(p[..^"Part".Length]),
            new PartEditorContext(type.Name, p, values, errors), EditorField.Of(parts.Find(p)!) ?? []))];

    /// <summary>The stored parts of an item as form values; of the simple fields, only values that read as their field's kind.</summary>
    public Dictionary<string, IReadOnlyList<string>> ValuesOf(ContentItem item, ContentTypeDefinition type) =>
        PartTypesOf(type).Select(item.Get).OfType<ContentPart>()
            .Select(part => part is FieldsPart fields ? fields.ShownOnly(type.Fields) : part)
            .SelectMany(PartValues.Of)
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public static Dictionary<string, IReadOnlyList<string>> ValuesOf(IFormCollection form) =>
        form.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)[.. f.Value.OfType<string>()], StringComparer.Ordinal);

    /// <summary>Reads every editable part from the form; the parts only when all of them could be read.</summary>
    public (IReadOnlyList<ContentPart> Parts, IReadOnlyList<ContentError> Errors) Bind(ContentTypeDefinition type, IFormCollection form)
    {
        var bound = EditablePartsOf(type).Select(p => binder.Bind(parts.Find(p)!, form)).ToList();
        var errors = bound.SelectMany(b => b.Errors).ToList();
        return (errors.Count > 0 ? [] : [.. bound.Select(b => b.Part!)], errors);
    }

    public IEnumerable<Type> PartTypesOf(ContentTypeDefinition type) => EditablePartsOf(type).Select(p => parts.Find(p)!);

    // A part without members (LocalizationPart) has nothing to edit, and no empty fieldset is shown for it.
    private static bool IsGeneric(Type partType) =>
        EditorField.Of(partType) is [_, ..] fields && fields.All(f => f.Shape != FieldShape.Map);

    private string? CustomView(string part)
    {
        var path = $"/Views/Parts/{part}.Edit.cshtml";
        return viewExists.GetOrAdd(path, p => viewEngine.GetView(null, p, isMainPage: false).Success) ? path : null;
    }
}

/// <summary>One part's editor in the form: the view to render and what it shows.</summary>
public sealed record PartEditor(string View, string Label, PartEditorContext Context, IReadOnlyList<EditorField> Fields);
