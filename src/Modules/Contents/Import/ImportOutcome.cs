using System.Security.Claims;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// How an import runs: publish what it writes or leave drafts, overwrite fields the editors changed, and who imports:
/// <paramref name="Principal"/> is the signed-in user whose right to publish each item is checked, null for the
/// command line, which acts as the system.
/// </summary>
public sealed record ImportOptions(bool Publish, bool Overwrite, string User, ClaimsPrincipal? Principal = null);

public enum ImportAction
{
    Create,
    Update,
    Unchanged,
    Fail,
}

/// <summary>One field's value before and after; in a conflict, <paramref name="Before"/> is the editor's value and <paramref name="After"/> the imported one.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>What importing one item did, or would do in a preview.</summary>
public sealed record ImportOutcome(string Subject, ImportAction Action)
{
    public string? ContentItemId { get; init; }
    public string? Culture { get; init; }
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
    /// <summary>Fields changed by hand since the last import whose imported value differs; kept unless overwriting.</summary>
    public IReadOnlyList<FieldChange> Conflicts { get; init; } = [];
    public IReadOnlyList<ImportMessage> Warnings { get; init; } = [];
    public ImportMessage? Error { get; init; }
    /// <summary>Why an import asked to publish left the item a draft (see <see cref="ImportPublishing"/>).</summary>
    public ImportMessage? NotPublished { get; init; }

    public static ImportOutcome Failed(string subject, ImportMessage error, IReadOnlyList<ImportMessage> warnings) =>
        new(subject, ImportAction.Fail) { Error = error, Warnings = warnings };
}

/// <summary>The counts an import reports at the end.</summary>
public sealed class ImportSummary
{
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Conflicts { get; private set; }
    public int Warnings { get; private set; }
    public int Failed { get; private set; }

    public void Add(ImportOutcome outcome)
    {
        Created += outcome.Action == ImportAction.Create ? 1 : 0;
        Updated += outcome.Action == ImportAction.Update ? 1 : 0;
        Unchanged += outcome.Action == ImportAction.Unchanged ? 1 : 0;
        Failed += outcome.Action == ImportAction.Fail ? 1 : 0;
        Conflicts += outcome.Conflicts.Count;
        Warnings += outcome.Warnings.Count;
    }

    /// <summary>A file that could not be read at all.</summary>
    public void AddFailedFile() => Failed++;

    public void AddWarning() => Warnings++;

    public override string ToString() =>
        $"created {Created}, updated {Updated}, unchanged {Unchanged}, conflicts {Conflicts}, warnings {Warnings}, failed {Failed}";
}
