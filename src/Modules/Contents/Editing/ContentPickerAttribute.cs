namespace Verkostoportaali.Contents.Editing;

/// <summary>
/// Marks a member that holds content item ids (one, or a list): the editor offers the items of these types to pick by
/// title instead of a box for raw ids.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ContentPickerAttribute(params string[] types) : Attribute
{
    public IReadOnlyList<string> Types => types;
}
