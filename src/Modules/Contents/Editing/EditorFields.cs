using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Editing;

/// <summary>A group of fields for the generic editor's views: the members of a part or of a record in it, under a path prefix.</summary>
public sealed record EditorFields(PartEditorContext Context, IReadOnlyList<EditorField> Fields, string Prefix)
{
    /// <summary>How many rows a list has in the form's values, e.g. <c>People[0]</c> and <c>People[1]</c> make two.</summary>
    public int RowsOf(string path) =>
        Context.NamesUnder(path + "[").Select(n => int.TryParse(n.AsSpan(path.Length + 1, n.IndexOf(']', path.Length) - path.Length - 1), out var i) ? i + 1 : 0)
            .DefaultIfEmpty(0).Max();

    public static string RowPrefix(string path, int row) => $"{path}[{row}].";
}
