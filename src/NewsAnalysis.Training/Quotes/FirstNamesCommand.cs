using System.Globalization;

namespace NewsAnalysis.Training.Quotes;

/// <summary>
/// <c>first-names</c>: compiles the quote stage's first-name list with gender
/// (<c>src/NewsAnalysis/Resources/Quotes/first-names.tsv</c>) from the aggregated Berlin first-name statistics
/// 2012–2023: names given at least 8 times in at least 3 years, gender m or f when one gender has at least three
/// times the count of the other (else x), without the exclusions in Data/first-name-exclusions.txt and the quote stage's
/// function words. Deterministic: sorted output.
/// </summary>
internal sealed class FirstNamesCommand : ITrainingCommand
{
    private const int MinCount = 8;
    private const int MinYears = 3;

    public string Name => "first-names";

    public string Description => "Compile the quote stage's first-name list (with gender) from the Berlin first-name statistics.";

    public string Usage =>
        "first-names --data DIR --resources DIR\n" +
        "  --data DIR        the shared data folder (reads gazetteers/firstnames-berlin/vornamen_berlin_2012-2023_aggregated.tsv)\n" +
        "  --resources DIR   the library's Resources/Quotes folder (reads function-words.txt, writes first-names.tsv)";

    public int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        options.OnlyAllow("data", "resources");
        var source = Path.Combine(options.Required("data"), "gazetteers", "firstnames-berlin", "vornamen_berlin_2012-2023_aggregated.tsv");
        var resources = options.Required("resources");
        if (!File.Exists(source))
        {
            stderr.WriteLine($"error: {source}: no such file");
            return ExitCodes.Failure;
        }

        var excluded = DataLines(Path.Combine(AppContext.BaseDirectory, "Data", "first-name-exclusions.txt")).ToHashSet(StringComparer.Ordinal);
        var functionWords = DataLines(Path.Combine(resources, "function-words.txt")).Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, (int Male, int Female, int Years)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(source).Skip(1))
        {
            var p = line.Split('\t');
            if (p.Length < 4)
            {
                continue;
            }

            var count = int.Parse(p[2], CultureInfo.InvariantCulture);
            var years = int.Parse(p[3], CultureInfo.InvariantCulture);
            counts.TryGetValue(p[0], out var c);
            counts[p[0]] = (c.Male + (p[1] == "m" ? count : 0), c.Female + (p[1] == "w" ? count : 0), Math.Max(c.Years, years));
        }

        var rows = counts
            .Where(kv => kv.Value.Male + kv.Value.Female >= MinCount && kv.Value.Years >= MinYears)
            .Where(kv => kv.Key.Length >= 2 && char.IsUpper(kv.Key[0]) && !kv.Key.Contains(' ', StringComparison.Ordinal))
            .Where(kv => !excluded.Contains(kv.Key) && !functionWords.Contains(kv.Key.ToLowerInvariant()))
            .Select(kv => (Name: kv.Key, Gender: kv.Value.Male >= 3 * kv.Value.Female ? 'm' : kv.Value.Female >= 3 * kv.Value.Male ? 'f' : 'x'))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var target = Path.Combine(resources, "first-names.tsv");
        using (var writer = new StreamWriter(target, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("# First names with gender (m, f, x = both), for reading speaker names when the entity stage misses them");
            writer.WriteLine("# and for matching er/sie to a speaker. Aggregated from the Berlin first-name statistics 2012-2023");
            writer.WriteLine("# (LABO / BerlinOnline, CC BY 3.0 DE): names given at least 8 times in at least 3 years; articles,");
            writer.WriteLine("# pronouns and common words that are also names (Mai, Sonne, Paris, Deren) removed.");
            writer.WriteLine("# Rebuilt by: dotnet run --project src/NewsAnalysis.Training -- first-names --data ../shared/data --resources src/NewsAnalysis/Resources/Quotes");
            foreach (var (name, gender) in rows)
            {
                writer.WriteLine($"{name}\t{gender}");
            }
        }

        stdout.WriteLine($"{target}: {rows.Count} first names");
        return ExitCodes.Success;
    }

    private static IEnumerable<string> DataLines(string path) =>
        File.ReadLines(path).Select(l => l.TrimEnd()).Where(l => l.Length > 0 && l[0] != '#');
}
