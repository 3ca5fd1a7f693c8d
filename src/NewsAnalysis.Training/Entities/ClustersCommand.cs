using System.Diagnostics;
using NewsAnalysis.Entities.Lexicons;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// <c>clusters</c>: learns distributional word classes for the entity tagger from unlabelled text (the NER
/// and treebank sentences with labels removed, see <see cref="UnlabelledText"/>) and writes
/// <c>Resources/Entities/clusters.{de,en}.bin</c>. Each frequent word is described by its neighbours two
/// words either side (PPMI-weighted counts over the most frequent words plus shape buckets for rare neighbours);
/// spherical k-means groups the words into fine classes, and the fine centroids are grouped again into coarse
/// classes. Seeded and deterministic.
/// </summary>
internal sealed class ClustersCommand : ITrainingCommand
{
    // Shape buckets for neighbours outside the context vocabulary, and the sentence edges.
    private const int ShapeBuckets = 6;
    private const int Boundary = 0;
    private const int RareCapitalised = 1;
    private const int RareLower = 2;
    private const int RareNumber = 3;
    private const int RareUpper = 4;
    private const int RareOther = 5;

    public string Name => "clusters";

    public string Description => "Learn word clusters for the entity tagger from the unlabelled NER/treebank sentences.";

    public string Usage =>
        "clusters --data DIR --resources DIR [--language de|en|both] [--words N] [--context N] [--fine K] [--coarse K]\n" +
        "         [--iterations N] [--seed N] [--min-count N]\n" +
        "  --data DIR        the shared data folder (reads ner/** and German UD GSD dev, never evaluation text)\n" +
        "  --resources DIR   the library's Resources folder (writes Entities/clusters.{de,en}.bin)\n" +
        "  --words N         words that get a class, most frequent first (default 40000)\n" +
        "  --context N       neighbour words that are features (default 2000)\n" +
        "  --fine K, --coarse K   classes (default 512 and 64)\n" +
        "  --iterations N    k-means iterations at most (default 20); --seed N (default 20141)\n" +
        "  --min-count N     fewest occurrences for a word to get a class (default 3)";

    public int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        options.OnlyAllow("data", "resources", "language", "words", "context", "fine", "coarse", "iterations", "seed", "min-count");
        var data = options.Required("data");
        var resources = options.Required("resources");
        var languages = options.String("language", "both") switch
        {
            "both" => new[] { "de", "en" },
            "de" => ["de"],
            "en" => ["en"],
            var other => throw new UsageException($"--language {other}: de, en or both"),
        };

        foreach (var language in languages)
        {
            var watch = Stopwatch.StartNew();
            var path = Path.Combine(resources, "Entities", $"clusters.{language}.bin");
            var (words, fine, coarse) = Learn(
                UnlabelledText.Files(data, language),
                options.Int("words", 40000),
                options.Int("context", 2000),
                options.Int("fine", 512),
                options.Int("coarse", 64),
                options.Int("iterations", 20),
                options.Int("seed", 20141),
                options.Int("min-count", 3),
                stdout);
            using (var file = File.Create(path))
            {
                KeyTable.Write(file, words.Select((w, i) => new KeyValuePair<string, uint>(w, (uint)fine[i] | ((uint)coarse[i] << 16))));
            }

            stdout.WriteLine($"wrote {path}: {words.Count:N0} words, {new FileInfo(path).Length:N0} bytes, {watch.Elapsed.TotalSeconds:F0} s");
            PrintSamples(words, fine, stdout);
        }

        return ExitCodes.Success;
    }

    private static (List<string> Words, int[] Fine, int[] Coarse) Learn(
        IReadOnlyList<string> files, int wordCount, int contextCount, int fineK, int coarseK, int iterations, int seed, int minCount, TextWriter log)
    {
        var sentences = new List<string[]>();
        foreach (var file in files)
        {
            foreach (var sentence in UnlabelledText.Sentences(file))
            {
                sentences.Add([.. sentence]);
            }
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                frequency[token] = frequency.GetValueOrDefault(token) + 1;
            }
        }

        log.WriteLine($"{files.Count} files, {sentences.Count:N0} sentences, {frequency.Values.Sum():N0} tokens, {frequency.Count:N0} distinct");
        var ranked = frequency.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var words = ranked.Take(wordCount).ToList();
        var wordIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            wordIndex[words[i]] = i;
        }

        // Four blocks of features: the words two and one to the left, one and two to the right. Within a
        // block: shape buckets first, then the context words by rank.
        var side = ShapeBuckets + contextCount;
        var dimensions = 4 * side;
        int Feature(string[] sentence, int position)
        {
            if (position < 0 || position >= sentence.Length)
            {
                return Boundary;
            }

            var token = sentence[position];
            if (wordIndex.TryGetValue(token, out var rank) && rank < contextCount)
            {
                return ShapeBuckets + rank;
            }

            return char.IsDigit(token[0]) ? RareNumber
                : token.All(c => !char.IsLetter(c) || char.IsUpper(c)) && token.Any(char.IsLetter) ? RareUpper
                : char.IsUpper(token[0]) ? RareCapitalised
                : char.IsLower(token[0]) ? RareLower
                : RareOther;
        }

        var counts = new Dictionary<int, int>[words.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = [];
        }

        var featureTotals = new double[dimensions];
        foreach (var sentence in sentences)
        {
            for (var p = 0; p < sentence.Length; p++)
            {
                if (!wordIndex.TryGetValue(sentence[p], out var w))
                {
                    continue;
                }

                foreach (var f in new[] { Feature(sentence, p - 2), side + Feature(sentence, p - 1), 2 * side + Feature(sentence, p + 1), 3 * side + Feature(sentence, p + 2) })
                {
                    counts[w][f] = counts[w].GetValueOrDefault(f) + 1;
                    featureTotals[f]++;
                }
            }
        }

        // PPMI with context-distribution smoothing (counts^0.75), then unit length.
        var smoothed = featureTotals.Select(t => Math.Pow(t, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var vectors = new List<SphericalKMeans.SparseVector>(words.Count);
        for (var w = 0; w < words.Count; w++)
        {
            var wordTotal = (double)counts[w].Values.Sum();
            var entries = counts[w].OrderBy(e => e.Key)
                .Select(e => (e.Key, Value: Math.Log(e.Value / wordTotal / (smoothed[e.Key] / smoothedTotal))))
                .Where(e => e.Value > 0).ToList();
            var norm = Math.Sqrt(entries.Sum(e => e.Value * e.Value));
            vectors.Add(new SphericalKMeans.SparseVector(
                [.. entries.Select(e => e.Key)],
                [.. entries.Select(e => norm > 0 ? (float)(e.Value / norm) : 0f)]));
        }

        log.WriteLine($"{words.Count:N0} words, {dimensions:N0} features, {vectors.Average(v => v.Indices.Length):F0} non-zero per word");
        var fine = SphericalKMeans.Cluster(vectors, dimensions, fineK, iterations, seed, log);
        var centroids = SphericalKMeans.Centroids(vectors, fine, fineK, dimensions);
        var parent = SphericalKMeans.Cluster(centroids, dimensions, coarseK, iterations * 2, seed + 1, log);
        return (words, fine, fine.Select(c => parent[c]).ToArray());
    }

    private static void PrintSamples(List<string> words, int[] fine, TextWriter log)
    {
        foreach (var probe in new[] { "Berlin", "Siemens", "Merkel", "Montag", "London", "Microsoft", "Obama", "Monday" })
        {
            var index = words.IndexOf(probe);
            if (index >= 0)
            {
                var members = words.Where((_, i) => fine[i] == fine[index]).Take(12);
                log.WriteLine($"  {probe} ({fine[index]}): {string.Join(' ', members)}");
            }
        }
    }
}
