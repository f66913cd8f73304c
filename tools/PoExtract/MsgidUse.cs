namespace Verkostoportaali.PoExtract;

/// <summary>A msgid the code uses (with its plural msgid for <c>T.Plural</c>), and where: a path under the repository and a line.</summary>
public sealed record MsgidUse(string Id, string? IdPlural, string File, int Line)
{
    public string Where => $"{File}:{Line}";
}
