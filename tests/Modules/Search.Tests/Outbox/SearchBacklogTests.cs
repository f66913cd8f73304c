using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Tests.Outbox;

public sealed class SearchBacklogTests
{
    [Fact]
    public void A_tenant_stays_in_the_backlog_until_its_last_row_is_applied()
    {
        var backlog = new SearchBacklog();

        backlog.Changed("kyla", lastRow: 12);
        backlog.Applied("kyla", cursor: 11);
        var afterPart = backlog.Pending.ToList();
        backlog.Applied("kyla", cursor: 12);

        Assert.Equal(["kyla"], afterPart);
        Assert.Empty(backlog.Pending);
    }

    [Fact]
    public void A_missing_index_signals_the_worker_once_until_it_has_been_there()
    {
        var backlog = new SearchBacklog();

        backlog.Recheck("kyla");
        backlog.Recheck("kyla");
        var signals = 0;
        while (backlog.Signals.TryRead(out _))
        {
            signals++;
        }

        Assert.Equal(1, signals);
        Assert.Equal(["kyla"], backlog.Pending);
    }
}
