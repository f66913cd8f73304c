using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Import;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Projects.Import;

/// <summary>
/// Imports register cards into the current tenant: one project per register number, a Finnish card into its Finnish
/// variant and a Swedish card into its Swedish variant (one localization set). A card already imported updates its
/// variant as a new version; the same card again changes nothing. Each card is one transaction. Publishing is
/// <see cref="ImportPublishing"/>'s to allow: only what the import writes, and only by a user who may publish it.
/// </summary>
public sealed class RegisterImporter(ContentManager content, TenantDbContext db, ImportPublishing publishing, TimeProvider clock)
{
    private sealed record Plan(ImportOutcome Outcome, ImportedValues Values, ContactsPart Contacts, ContentItem? Existing, ContentItem? OtherVariant);

    /// <summary>What importing the card would do, without writing anything.</summary>
    public async Task<ImportOutcome> PreviewAsync(RegisterCard card, ImportOptions options, CancellationToken cancellationToken = default) =>
        (await PlanAsync(card, options, cancellationToken)).Outcome;

    public async Task<ImportOutcome> ImportAsync(RegisterCard card, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(card, options, cancellationToken);
        if (plan.Outcome.Action is ImportAction.Fail or ImportAction.Unchanged)
        {
            return plan.Outcome;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var id = plan.Existing is null
                ? await CreateAsync(card, plan, options, cancellationToken)
                : await UpdateAsync(plan.Existing, plan, options, cancellationToken);
            await RememberAsync(id, new ImportedValues(card.Fields.Name, card.Fields), options.User, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return plan.Outcome with { ContentItemId = id };
        }
        catch (Exception e) when (e is ContentException or DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ImportOutcome.Failed(card.Subject, new ImportMessage(null, "The project was not saved: {0}", e.Message), card.Warnings);
        }
    }

    private async Task<Plan> PlanAsync(RegisterCard card, ImportOptions options, CancellationToken cancellationToken)
    {
        var incoming = new ImportedValues(card.Fields.Name, card.Fields);
        if (Refusal(card) is { } refusal)
        {
            return new Plan(ImportOutcome.Failed(card.Subject, refusal, card.Warnings), incoming, new ContactsPart([]), null, null);
        }
        var variants = await db.Set<ProjectNumber>().AsNoTracking()
            .Where(r => r.Number == card.Fields.ProjectNumber && r.Version.Latest && r.Version.ContentType == ProjectsModule.ProjectType)
            .Select(r => r.Version).ToListAsync(cancellationToken);
        var existing = variants.Find(v => v.Culture == card.Culture);
        var contacts = MergedContacts(existing, card);
        var outcome = new ImportOutcome(card.Subject, ImportAction.Create) { Culture = card.Culture, Warnings = card.Warnings };
        if (existing is null)
        {
            var created = outcome with
            {
                Changes = [.. ImportedFields.Filled(incoming), .. ContactsChange(null, contacts)],
                NotPublished = await publishing.RefusalAsync(ProjectsModule.ProjectType, null, writes: true, options),
            };
            return new Plan(created, incoming, contacts, null, variants.FirstOrDefault());
        }
        var current = new ImportedValues(existing.Get<TitlePart>()?.Title ?? "", existing.Get<RegisterCardPart>()!);
        var last = await db.Set<ImportRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == existing.ContentItemId, cancellationToken);
        var (values, changes, conflicts) = ImportedFields.Merge(current, last is null ? null : new(last.Title, last.Card), incoming, options.Overwrite);
        changes.AddRange(ContactsChange(existing, contacts));
        var action = changes.Count > 0 ? ImportAction.Update : ImportAction.Unchanged;
        var notPublished = await publishing.RefusalAsync(ProjectsModule.ProjectType, existing, writes: changes.Count > 0, options);
        outcome = outcome with { Action = action, ContentItemId = existing.ContentItemId, Changes = changes, Conflicts = conflicts, NotPublished = notPublished };
        return new Plan(outcome, values, contacts, existing, null);
    }

    // The card's people come first, updated by name; the people editors added stay after them.
    private static ContactsPart MergedContacts(ContentItem? existing, RegisterCard card)
    {
        var people = existing?.Get<ContactsPart>()?.People ?? [];
        return new ContactsPart([.. card.Contacts, .. people.Where(p => card.Contacts.All(c => c.Name != p.Name))]);
    }

    private static IEnumerable<FieldChange> ContactsChange(ContentItem? existing, ContactsPart contacts) =>
        (ContactLines.Shown(existing?.Get<ContactsPart>()?.People ?? []), ContactLines.Shown(contacts.People)) is var (before, after) && before != after
            ? [new FieldChange(ContactsFieldMsgid(), before, after)]
            : [];

    private static string ContactsFieldMsgid() => "Contact people";

    private static ImportMessage? Refusal(RegisterCard card) =>
        card.Fields.ProjectNumber is null ? new ImportMessage(card.FirstLine, "The card has no project number, which a project is imported by.")
        : card.Fields.Name.Length == 0 ? new ImportMessage(card.FirstLine, "The card has no project name.")
        : card.Fields.ImplementingOrganisation.Length == 0 ? new ImportMessage(card.FirstLine, "The card has no implementing organisation.")
        : null;

    private async Task<string> CreateAsync(RegisterCard card, Plan plan, ImportOptions options, CancellationToken cancellationToken)
    {
        var item = await content.NewAsync(ProjectsModule.ProjectType, cancellationToken);
        item.Culture = card.Culture;
        item.LocalizationSet = plan.OtherVariant is null ? item.ContentItemId
            : await content.LocalizationSetOfAsync(plan.OtherVariant.ContentItemId, cancellationToken);
        item.Owner = item.Author = options.User;
        item.Apply(new TitlePart(plan.Values.Title)).Apply(plan.Values.Card).Apply(plan.Contacts).Apply(new AutoroutePart());
        await content.CreateAsync(item, options.Publish && plan.Outcome.NotPublished is null, cancellationToken);
        return item.ContentItemId;
    }

    private async Task<string> UpdateAsync(ContentItem existing, Plan plan, ImportOptions options, CancellationToken cancellationToken)
    {
        await publishing.WriteAsync(existing, draft =>
        {
            draft.Author = options.User;
            draft.Apply(new TitlePart(plan.Values.Title)).Apply(plan.Values.Card).Apply(plan.Contacts);
        }, options.Publish && plan.Outcome.NotPublished is null, cancellationToken);
        return existing.ContentItemId;
    }

    private async Task RememberAsync(string contentItemId, ImportedValues imported, string user, CancellationToken cancellationToken)
    {
        var record = await db.Set<ImportRecord>().FirstOrDefaultAsync(r => r.ContentItemId == contentItemId, cancellationToken);
        if (record is null)
        {
            record = new ImportRecord { ContentItemId = contentItemId, Title = imported.Title, Card = imported.Card, ImportedBy = user };
            db.Add(record);
        }
        (record.Title, record.Card, record.ImportedBy) = (imported.Title, imported.Card, user);
        record.ImportedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
