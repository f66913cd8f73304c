namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// A recipe's name as msgid for the site form: the files name a recipe in Finnish only. Its description (English in the
/// file) is a msgid of its own, kept in the PO files as a runtime entry.
/// </summary>
public static class RecipeTexts
{
    public static string NameMsgid(string recipe, string displayName) => recipe switch
    {
        "municipality" => "Municipality",
        "leader-group" => "Leader action group",
        "green-care-network" => "Green Care network",
        _ => displayName.Length > 0 ? displayName : recipe,
    };
}
