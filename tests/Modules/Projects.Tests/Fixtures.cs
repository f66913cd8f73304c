namespace Verkostoportaali.Projects.Tests;

/// <summary>The card texts under Fixtures/: seeds 001–003 as the register shows them, and further cards written in their layouts.</summary>
internal static class Fixtures
{
    public const string Seed001 = "001_059ec08fc9ddb978.txt";
    public const string Seed002 = "002_cecd6ed7c1fd5538.txt";
    public const string Seed003 = "003_f473d0570707db1c.txt";
    public const string Card2023To2027 = "card-2023-2027-single-breaks.txt";
    public const string SwedishCardOf001 = "card-145432-swedish.txt";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>The text's lines, numbered from 1 as the reader's warnings number them.</summary>
    public static string Line(string name, int number) => File.ReadAllLines(PathOf(name))[number - 1];
}
