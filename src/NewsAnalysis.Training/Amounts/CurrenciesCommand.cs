using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Training.Amounts;

/// <summary>
/// <c>currencies</c>: compiles the currency lexicon the amount recognizer embeds
/// (<c>src/NewsAnalysis/Resources/Amounts/currencies.tsv</c>) from CLDR's German and English currency names,
/// plural forms and signs, plus the hand-made <c>currency-overrides.tsv</c> beside it, which wins (ambiguous
/// "$", "Dollar", "Kronen" resolve to the most likely currency). German adjective names are inflected
/// ("Kanadischer Dollar" → "kanadische Dollar", "kanadischen Dollar"). Deterministic: sorted output.
/// </summary>
internal sealed partial class CurrenciesCommand : ITrainingCommand
{
    private static readonly string[] Locales = ["de", "en", "de-CH", "de-AT"];
    private static readonly string[] NameKeys = ["displayName", "displayName-count-one", "displayName-count-other"];
    private static readonly string[] AdjectiveEndings = ["e", "er", "en", "es", "em"];

    public string Name => "currencies";

    public string Description => "Compile the currency lexicon from CLDR names and the overrides file.";

    public string Usage =>
        "currencies --data DIR --resources DIR\n" +
        "  --data DIR        the shared data folder (reads gazetteers/cldr-48.2/{de,en,de-CH,de-AT}/currencies.json)\n" +
        "  --resources DIR   the library's Resources/Amounts folder (reads currency-overrides.tsv, writes currencies.tsv)";

    public int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        options.OnlyAllow("data", "resources");
        var data = options.Required("data");
        var resources = options.Required("resources");

        // form -> (code, subunit, priority): codes beat names, names beat signs, overrides beat everything.
        var rows = new Dictionary<string, (string Code, string Subunit, int Priority)>(StringComparer.Ordinal);
        void Add(string form, string code, string subunit, int priority)
        {
            if (!rows.TryGetValue(form, out var existing) || existing.Priority < priority)
            {
                rows[form] = (code, subunit, priority);
            }
        }

        foreach (var locale in Locales)
        {
            var path = Path.Combine(data, "gazetteers", "cldr-48.2", locale, "currencies.json");
            if (!File.Exists(path))
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var currencies = json.RootElement.GetProperty("main").GetProperty(locale).GetProperty("numbers").GetProperty("currencies");
            foreach (var currency in currencies.EnumerateObject())
            {
                var code = currency.Name;
                if (!IsoCode().IsMatch(code))
                {
                    continue;
                }

                Add(code, code, "1", 2);
                foreach (var key in NameKeys)
                {
                    if (!currency.Value.TryGetProperty(key, out var nameElement) || nameElement.GetString() is not { } name || name.Split(' ').Length > 3)
                    {
                        continue;
                    }

                    Add(name, code, "1", 1);
                    var adjective = AdjectiveName().Match(name);
                    if (adjective.Success)
                    {
                        var stem = adjective.Groups[1].Value;
                        foreach (var variant in new[] { stem, char.ToLowerInvariant(stem[0]) + stem[1..], char.ToUpperInvariant(stem[0]) + stem[1..] })
                        {
                            foreach (var ending in AdjectiveEndings)
                            {
                                Add($"{variant}{ending} {adjective.Groups[3].Value}", code, "1", 1);
                            }
                        }
                    }
                }

                if (currency.Value.TryGetProperty("symbol", out var symbolElement) && symbolElement.GetString() is { Length: > 1 } symbol
                    && !IsoCode().IsMatch(symbol) && !symbol.All(char.IsLetter))
                {
                    Add(symbol, code, "1", 0);
                }
            }
        }

        var overrides = Path.Combine(resources, "currency-overrides.tsv");
        foreach (var line in File.ReadLines(overrides))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                stderr.WriteLine($"error: {overrides}: '{line}' does not have three tab-separated columns");
                return ExitCodes.Failure;
            }

            Add(parts[0], parts[1], parts[2], 9);
        }

        var output = Path.Combine(resources, "currencies.tsv");
        using (var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("# GENERATED by `NewsAnalysis.Training currencies` from CLDR 48.2 currency names (Unicode licence) and currency-overrides.tsv: form, ISO 4217 code, subunit factor.");
            foreach (var (form, (code, subunit, _)) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                writer.WriteLine($"{form}\t{code}\t{subunit}");
            }
        }

        stdout.WriteLine($"{output}: {rows.Count} currency forms");
        return ExitCodes.Success;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex IsoCode();

    [GeneratedRegex(@"^(\w+isch)(e|er|en|es)? (.+)$")]
    private static partial Regex AdjectiveName();
}
