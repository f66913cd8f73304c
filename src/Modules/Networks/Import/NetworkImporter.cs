using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Import;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Networks.Import;

/// <summary>
/// Imports listed networks into the current tenant, matched by name in the listing's language (a Swedish listing fills
/// Swedish items): a new name is a new network, a known one is
/// updated with the listing's values (its members, status and events stay), the same listing again changes nothing.
/// Publishing is <see cref="ImportPublishing"/>'s to allow: only what the import writes.
/// </summary>
public sealed class NetworkImporter(ContentManager content, TenantDbContext db, ImportPublishing publishing)
{
    public async Task<ImportOutcome> ImportAsync(ListedNetwork listed, ImportOptions options, CancellationToken cancellationToken = default)
    {
        if (listed.Name.Length == 0)
        {
            return ImportOutcome.Failed($"{listed.Line}", new ImportMessage(listed.Line, "The network has no name."), listed.Warnings);
        }
        var existing = await content.Query(NetworksModule.NetworkType, VersionOptions.Latest)
            .FirstOrDefaultAsync(i => i.DisplayText == listed.Name && i.Culture == listed.Culture, cancellationToken);
        var outcome = new ImportOutcome(listed.Name, ImportAction.Create) { Culture = listed.Culture, Warnings = listed.Warnings };
        var (network, contacts) = Merged(existing, listed);
        var changes = Changes(existing, network, contacts);
        var notPublished = await publishing.RefusalAsync(NetworksModule.NetworkType, existing, writes: existing is null || changes.Count > 0, options);
        if (existing is not null && changes.Count == 0)
        {
            return outcome with { Action = ImportAction.Unchanged, ContentItemId = existing.ContentItemId, NotPublished = notPublished };
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var publish = options.Publish && notPublished is null;
            var id = existing?.ContentItemId ?? await CreateAsync(listed, (network, contacts), publish, options, cancellationToken);
            if (existing is not null)
            {
                await publishing.WriteAsync(existing, draft =>
                {
                    draft.Author = options.User;
                    draft.Apply(network).Apply(contacts);
                }, publish, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return outcome with
            {
                Action = existing is null ? ImportAction.Create : ImportAction.Update, ContentItemId = id, Changes = changes, NotPublished = notPublished,
            };
        }
        catch (Exception e) when (e is ContentException or DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ImportOutcome.Failed(listed.Name, new ImportMessage(listed.Line, "The network was not saved: {0}", e.Message), listed.Warnings);
        }
    }

    private async Task<string> CreateAsync(ListedNetwork listed, (NetworkPart Network, ContactsPart Contacts) parts, bool publish, ImportOptions options,
        CancellationToken cancellationToken)
    {
        var item = await content.NewAsync(NetworksModule.NetworkType, cancellationToken);
        item.Culture = listed.Culture;
        item.Owner = item.Author = options.User;
        item.Apply(new TitlePart(listed.Name)).Apply(new AutoroutePart()).Apply(parts.Network).Apply(parts.Contacts);
        await content.CreateAsync(item, publish, cancellationToken);
        return item.ContentItemId;
    }

    // The listing states area, purpose, start and one contact; the editors' other contacts and the network's other fields stay.
    private static (NetworkPart Network, ContactsPart Contacts) Merged(ContentItem? existing, ListedNetwork listed)
    {
        var network = (existing?.Get<NetworkPart>() ?? new NetworkPart()) with
        {
            AreaOfOperation = listed.Network.AreaOfOperation,
            Purpose = listed.Network.Purpose,
            Started = listed.Network.Started,
        };
        var people = existing?.Get<ContactsPart>()?.People ?? [];
        if (listed.Contact is { } contact)
        {
            people = [contact, .. people.Where(p => p.Name != contact.Name)];
        }
        return (network, new ContactsPart(people));
    }

    private static List<FieldChange> Changes(ContentItem? existing, NetworkPart network, ContactsPart contacts)
    {
        var before = existing?.Get<NetworkPart>();
        var people = existing?.Get<ContactsPart>()?.People ?? [];
        (string Field, string? Before, string? After)[] fields =
        [
            ("Area of operation", before?.AreaOfOperation, network.AreaOfOperation),
            ("Purpose", before?.Purpose, network.Purpose),
            ("Network started", before?.Started?.ToString("dd.MM.yyyy"), network.Started?.ToString("dd.MM.yyyy")),
            ("Contact person", ContactLines.Shown(people), ContactLines.Shown(contacts.People)),
        ];
        return [.. fields.Where(f => f.Before != f.After).Select(f => new FieldChange(f.Field, f.Before, f.After))];
    }
}
