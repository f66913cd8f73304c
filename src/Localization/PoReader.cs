using System.Globalization;
using System.Text;

namespace Verkostoportaali.Localization;

/// <summary>One entry: one msgstr, or one per plural form when <see cref="IdPlural"/> is set; <see cref="Line"/> is its msgid's.</summary>
public sealed record PoEntry(string? Context, string Id, string? IdPlural, IReadOnlyList<string> Translations, int Line = 0)
{
    /// <summary>Whether every form has a translation and no translator marked it fuzzy; only these are served.</summary>
    public bool IsTranslated { get; init; } = true;
}

/// <summary>A PO file's translated entries and the plural rule its header names.</summary>
public sealed record PoFile(PluralRule Plural, IReadOnlyList<PoEntry> Entries);

/// <summary>A PO file cannot be read; the message names the file and the line.</summary>
public sealed class PoFormatException(string file, int line, string problem) : Exception($"{file}, line {line}: {problem}");

// Hand-written because no reachable NuGet package reads PO files.
/// <summary>Reads gettext PO files, leaving out fuzzy and untranslated entries so that their msgid shows instead.</summary>
public static class PoReader
{
    public static PoFile Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Reads PO text; <paramref name="file"/> names it in errors. <paramref name="all"/> keeps untranslated and fuzzy entries too (for tools).</summary>
    public static PoFile Parse(string text, string file, bool all = false)
    {
        var parser = new Parser(file, all);
        foreach (var line in text.Split('\n'))
        {
            parser.Read(line.Trim());
        }
        return parser.Finish();
    }

    private sealed class Parser(string file, bool all)
    {
        private readonly List<PoEntry> entries = [];
        private readonly Dictionary<(string?, string), int> lineOf = [];
        private PluralRule plural = PluralRule.NotOne;
        private Pending entry = new();
        private int line;

        public void Read(string text)
        {
            line++;
            if (text.StartsWith('"'))
            {
                (entry.Last ?? throw Fail("a string outside an entry: start it with msgid, msgstr …")).Append(Unquote(text));
            }
            else if (text.Length == 0 || text.StartsWith('#'))
            {
                if (entry.HasTranslation)
                {
                    Flush();
                }
                entry.Fuzzy |= text.StartsWith("#,", StringComparison.Ordinal) && text[2..].Split(',').Any(f => f.Trim() == "fuzzy");
            }
            else
            {
                var space = text.IndexOfAny([' ', '\t']);
                Start(space < 0 ? text : text[..space], space < 0 ? "" : text[space..].TrimStart());
            }
        }

        public PoFile Finish()
        {
            if (entry.Keywords.Count > 0)
            {
                Flush();
            }
            return new PoFile(plural, entries);
        }

        private void Start(string keyword, string quoted)
        {
            var form = PluralForm(keyword);
            if (keyword is not ("msgctxt" or "msgid" or "msgid_plural" or "msgstr") && form is null)
            {
                throw Fail($"unknown keyword '{keyword}'");
            }
            if (keyword is "msgctxt" or "msgid" && entry.HasTranslation)
            {
                Flush();
            }
            var has = entry.Keywords;
            var problem = keyword switch
            {
                "msgctxt" or "msgid" when has.ContainsKey("msgid") => $"the msgid on line {entry.Line} has no msgstr",
                _ when has.ContainsKey(keyword) => $"{keyword} twice in one entry",
                not ("msgctxt" or "msgid") when !has.ContainsKey("msgid") => $"{keyword} without msgid",
                "msgid_plural" when entry.HasTranslation => "msgid_plural after msgstr",
                "msgstr" when has.ContainsKey("msgid_plural") => "after msgid_plural, use msgstr[0], msgstr[1] …",
                _ when form is not null && !has.ContainsKey("msgid_plural") => $"{keyword} without msgid_plural",
                _ when form >= plural.Count => $"{keyword}, but Plural-Forms has {plural.Count} forms",
                _ => null,
            };
            var value = problem is null ? Unquote(quoted) : throw Fail(problem);
            if (has.Count == 0)
            {
                entry.Line = line;
            }
            entry.Last = has[keyword] = new StringBuilder(value);
        }

        private void Flush()
        {
            var done = entry;
            entry = new Pending();
            if (!done.HasTranslation)
            {
                throw Fail(done.Keywords.ContainsKey("msgid") ? "msgid without msgstr" : "msgctxt without msgid", done.Line);
            }
            var (context, id) = (done["msgctxt"], done["msgid"]!);
            if (context is null && id.Length == 0)
            {
                plural = ReadPluralForms(done["msgstr"] ?? "", done.Line);
                return;
            }
            if (!lineOf.TryAdd((context, id), done.Line))
            {
                throw Fail($"msgid \"{id}\" is already on line {lineOf[(context, id)]}", done.Line);
            }
            string[] translations = done.Keywords.ContainsKey("msgid_plural")
                ? [.. Enumerable.Range(0, plural.Count).Select(n => done[$"msgstr[{n}]"] ?? "")]
                : [done["msgstr"]!];
            var translated = !done.Fuzzy && translations.All(t => t.Length > 0);
            if (translated || all)
            {
                entries.Add(new PoEntry(context, id, done["msgid_plural"], translations, done.Line) { IsTranslated = translated });
            }
        }

        private PluralRule ReadPluralForms(string header, int at)
        {
            const string Name = "Plural-Forms:";
            var value = header.Split('\n').Select(l => l.Trim())
                .FirstOrDefault(l => l.StartsWith(Name, StringComparison.OrdinalIgnoreCase))?[Name.Length..].Trim();
            return value is null ? plural : PluralRule.Parse(value)
                ?? throw Fail($"Plural-Forms \"{value}\" is not supported; this reader knows \"{PluralRule.NotOne}\" (fi, sv, en)", at);
        }

        private string Unquote(string quoted)
        {
            if (!quoted.StartsWith('"'))
            {
                throw Fail(quoted.Length == 0 ? "a quoted string is missing" : $"expected a quoted string, found '{quoted}'");
            }
            var text = new StringBuilder();
            for (var i = 1; i < quoted.Length; i++)
            {
                var c = quoted[i];
                if (c == '"')
                {
                    return i == quoted.Length - 1 ? text.ToString() : throw Fail($"text after the closing quote: '{quoted[(i + 1)..]}'");
                }
                if (c != '\\')
                {
                    text.Append(c);
                }
                else if (++i < quoted.Length)
                {
                    text.Append(quoted[i] switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        '"' => '"',
                        '\\' => '\\',
                        var other => throw Fail($"unknown escape '\\{other}'"),
                    });
                }
            }
            throw Fail("unterminated string: the closing quote is missing");
        }

        private static int? PluralForm(string keyword) =>
            keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']')
                && int.TryParse(keyword[7..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        private PoFormatException Fail(string problem, int? at = null) => new(file, at ?? line, problem);
    }

    private sealed class Pending
    {
        public Dictionary<string, StringBuilder> Keywords { get; } = [];
        public StringBuilder? Last { get; set; }
        public bool Fuzzy { get; set; }
        public int Line { get; set; }
        public bool HasTranslation => Keywords.Keys.Any(k => k.StartsWith("msgstr", StringComparison.Ordinal));
        public string? this[string keyword] => Keywords.GetValueOrDefault(keyword)?.ToString();
    }
}
