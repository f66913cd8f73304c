using Verkostoportaali.Web;

namespace Verkostoportaali.Integration.Tests;

public sealed class OpsCommandsTests
{
    [Theory]
    [InlineData(new[] { "tenants", "list" }, true)]
    [InlineData(new[] { "reindex", "--tenant", "mansikka" }, true)]
    [InlineData(new[] { "--urls", "http://localhost:5001" }, false)]
    [InlineData(new[] { "Portal:DataPath=/tmp/data" }, false)]
    [InlineData(new string[0], false)]
    public void Only_a_command_word_first_runs_a_command_instead_of_the_server(string[] args, bool isCommand) =>
        Assert.Equal(isCommand, OpsCommands.IsCommand(args));
}
