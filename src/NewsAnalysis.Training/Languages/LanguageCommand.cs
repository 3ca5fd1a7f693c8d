using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Training.Languages;

/// <summary>
/// <c>language</c>: trains the language-detection model (German / English / other) and writes
/// <c>language-model.bin</c>, which the library embeds. Deterministic: the same data give the same bytes.
/// </summary>
/// <remarks>
/// Steps: read the corpora (<see cref="LanguageCorpora"/>); score every text by 10-fold cross-validation; drop
/// the texts that are confidently in another language (label noise) and cross-validate again; pick the
/// calibration on the cross-validated scores; count everything once more and write the model.
/// </remarks>
internal sealed class LanguageCommand : ITrainingCommand
{
    private const int Folds = 10;

    // Nats per feature by which another class must win before a training text counts as mislabelled.
    private const double CleaningMargin = 0.1;

    // A German or English text called other loses all later analysis; a foreign text called German or English
    // only gets a poor one. So a German or English error weighs ten times an error on other text.
    private const double KnownErrorWeight = 10;

    // Texts this long or longer are what the calibration optimises for (the product bar is set on sentences of
    // at least 40 characters; shorter ones are often a name or a hashtag).
    private const int CalibrationMinimumLength = 40;

    public string Name => "language";

    public string Description => "Train the language-detection model (de / en / other) from ../shared/data and Data/Languages.";

    public string Usage => """
        usage: NewsAnalysis.Training language --data DIR --out DIR [options]

          --data DIR          the shared data folder (../shared/data); ud/ and ner/en/uner-ewt are never read
          --out DIR           where language-model.bin is written (src/NewsAnalysis/Resources/Languages/)
          --other DIR         text in other languages, one sentence a line (default: Data/Languages/other)
          --bucket-bits N     log2 of the hash table size (default 16: 64K buckets, 192 KB)
          --order N           longest character n-gram, boundary marks included (default 5)
          --smoothing A,B,C   share of the uniform distribution in the German, English, other profiles
                              (default 0.02,0.02,0.05)
          --check FILE=LANG   also score plain-text files (one text a line; LANG de, en or other; comma-separated)
          --explore           print the calibration grid, with the --check files' errors at each point
          --show-errors N     print up to N misclassified texts per source and --check file
        """;

    public int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        options.OnlyAllow("data", "out", "other", "bucket-bits", "order", "smoothing", "check", "explore", "show-errors");
        var data = options.Required("data");
        var output = options.Required("out");
        var otherDirectory = options.String("other", Path.Combine(AppContext.BaseDirectory, "Data", "Languages", "other"));
        var bucketBits = options.Int("bucket-bits", 16);
        var order = options.Int("order", 5);
        var smoothing = ParseSmoothing(options.String("smoothing", "0.02,0.02,0.05"));
        var showErrors = options.Int("show-errors", 0);
        if (bucketBits is < 8 or > 24 || order is < 1 or > LanguageFeatures.MaxSupportedOrder)
        {
            throw new UsageException($"--bucket-bits takes 8 to 24, --order 1 to {LanguageFeatures.MaxSupportedOrder}");
        }

        if (!Directory.Exists(data) || !Directory.Exists(otherDirectory))
        {
            stderr.WriteLine($"error: {(Directory.Exists(data) ? otherDirectory : data)}: no such folder");
            return ExitCodes.UsageError;
        }

        var stopwatch = Stopwatch.StartNew();
        var texts = LanguageCorpora.Read(data, otherDirectory).ToList();
        stdout.WriteLine($"read {texts.Count:N0} texts in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        foreach (var group in texts.GroupBy(t => (t.Language, t.Source)))
        {
            stdout.WriteLine($"  {group.Key.Language.ToCode(),-5} {group.Key.Source,-14} {group.Count(),7:N0} texts {group.Sum(t => t.Text.Length),11:N0} characters");
        }

        var step = CostStep(bucketBits, smoothing);
        var (scored, _) = CrossValidate(texts, bucketBits, order, smoothing, step);

        // The tweet corpora hold Spanish, Dutch, Portuguese and Japanese tweets, WikiANN holds lists of foreign
        // names, the German corpora English song titles: such texts teach a profile the wrong language. The
        // second round drops every text that the first round's cross-validated model confidently gives to
        // another class. The team's own other-language text is kept as written.
        var kept = new List<TrainingText>(texts.Count);
        foreach (var group in scored.GroupBy(s => (s.Text.Language, s.Text.Source)))
        {
            var dropped = 0;
            foreach (var s in group)
            {
                if (s.Text.Language == Language.Other || !s.ConfidentlyWrong(CleaningMargin))
                {
                    kept.Add(s.Text);
                }
                else
                {
                    dropped++;
                }
            }

            if (dropped > 0)
            {
                stdout.WriteLine($"  cleaning: dropped {dropped,5:N0} of {group.Count(),6:N0} {group.Key.Language.ToCode()} {group.Key.Source} texts");
            }
        }

        texts = kept;
        (scored, var all) = CrossValidate(texts, bucketBits, order, smoothing, step);

        var checks = new List<(string Name, Scored[] Scored)>();
        if (options.Has("check"))
        {
            var detector = new LanguageDetector(all.Build(smoothing, step, RawCalibration));
            foreach (var (file, language) in ParseChecks(options.Required("check")))
            {
                var lines = File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0);
                checks.Add((Path.GetFileName(file), lines.Select(l => new Scored(new TrainingText(Path.GetFileName(file), language, l), detector.Score(l))).ToArray()));
            }
        }

        var calibration = Calibrate(scored, checks, stdout, options.Has("explore"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: other margin {calibration.OtherMargin:0.00} nats/feature, offset {calibration.OtherOffset:0.0} nats, function word {calibration.FunctionWordWeight:0.0} nats, minimum fit {calibration.MinimumFit:0.0} nats/feature"));
        Report(scored, checks, calibration, stdout);
        if (showErrors > 0)
        {
            var relevant = scored.Where(s => s.Text.Text.Length >= CalibrationMinimumLength || s.Text.Language == Language.Other).Concat(checks.SelectMany(c => c.Scored));
            foreach (var group in relevant.GroupBy(s => s.Text.Source))
            {
                foreach (var s in group.Where(s => s.Decide(calibration) != s.Text.Language).Take(showErrors))
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Text.Source} -> {s.Decide(calibration).ToCode()} (de {s.Scores.German:0}, en {s.Scores.English:0}, other {s.Scores.Other:0}, {s.Scores.Features} features): {s.Text.Text}"));
                }
            }
        }

        var model = all.Build(smoothing, step, calibration);
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, Path.GetFileName(LanguageModel.ResourcePath));
        using (var file = File.Create(path))
        {
            model.Write(file);
        }

        stdout.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes; {1 << bucketBits:N0} buckets, n-grams up to {order}) in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Success;
    }

    // Scores without function-word weight or thresholds, so that calibration can try weights without rescoring.
    private static LanguageCalibration RawCalibration => new(OtherMargin: 0, OtherOffset: 0, FunctionWordWeight: 0, MinimumFeatures: 0, MinimumFit: float.NegativeInfinity);

    private static double[] ParseSmoothing(string value)
    {
        var parts = value.Split(',');
        var smoothing = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out smoothing[i]) || smoothing[i] is <= 0 or > 1)
            {
                throw new UsageException("--smoothing takes three numbers in (0, 1]");
            }
        }

        return smoothing.Length == LanguageModel.ClassCount ? smoothing : throw new UsageException("--smoothing takes three numbers in (0, 1]");
    }

    private static IEnumerable<(string File, Language Language)> ParseChecks(string value)
    {
        foreach (var spec in value.Split(','))
        {
            var eq = spec.LastIndexOf('=');
            if (eq < 0 || !LanguageCodes.TryParse(spec[(eq + 1)..], out var language))
            {
                throw new UsageException("--check takes FILE=de|en|other[,FILE=...]");
            }

            if (!File.Exists(spec[..eq]))
            {
                throw new UsageException($"--check: {spec[..eq]}: no such file");
            }

            yield return (spec[..eq], language);
        }
    }

    /// <summary>
    /// Cross-validation: every text is scored by a model trained without its fold. Folds are assigned round robin
    /// within each source, so every fold has some of every source. Also returns the counts of all texts.
    /// </summary>
    private static (Scored[] Scored, LanguageModelTrainer All) CrossValidate(List<TrainingText> texts, int bucketBits, int order, double[] smoothing, float step)
    {
        var folds = Enumerable.Range(0, Folds).Select(_ => new LanguageModelTrainer(bucketBits, order)).ToArray();
        var foldOf = new int[texts.Count];
        var perSource = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var n = perSource.GetValueOrDefault(texts[i].Source);
            perSource[texts[i].Source] = n + 1;
            foldOf[i] = n % Folds;
            folds[foldOf[i]].Add(texts[i].Language, texts[i].Text);
        }

        var all = new LanguageModelTrainer(bucketBits, order);
        foreach (var fold in folds)
        {
            all.Add(fold, 1);
        }

        var scored = new Scored[texts.Count];
        for (var f = 0; f < Folds; f++)
        {
            var without = new LanguageModelTrainer(bucketBits, order);
            without.Add(all, 1);
            without.Add(folds[f], -1);
            var detector = new LanguageDetector(without.Build(smoothing, step, RawCalibration));
            for (var i = 0; i < texts.Count; i++)
            {
                if (foldOf[i] == f)
                {
                    scored[i] = new Scored(texts[i], detector.Score(texts[i].Text));
                }
            }
        }

        return (scored, all);
    }

    /// <summary>The cost step: the largest cost (an unseen bucket in the least smoothed profile) must fit in a byte.</summary>
    private static float CostStep(int bucketBits, double[] smoothing)
    {
        var maxCost = -Math.Log(smoothing.Min() / (1 << bucketBits));
        return (float)(Math.Ceiling(maxCost / 254 * 1000) / 1000);
    }

    /// <summary>
    /// Picks the calibration on the cross-validated scores. The fit floor is the average log-likelihood per
    /// feature that only 1 in 10,000 German or English texts falls below. The rest is the grid point with the
    /// lowest <see cref="KnownErrorWeight"/> × (German/English error rate) + (other error rate), the first one on
    /// ties. German and English are measured on texts of at least 40 characters, without WikiANN (Wikipedia title
    /// fragments and name lists, labelled by the wiki they came from rather than by their language).
    /// </summary>
    private static LanguageCalibration Calibrate(Scored[] scored, List<(string Name, Scored[] Scored)> checks, TextWriter stdout, bool explore)
    {
        var known = scored.Where(s => s.Text.Language != Language.Other && s.Text.Text.Length >= CalibrationMinimumLength
            && !s.Text.Source.StartsWith("wikiann", StringComparison.Ordinal)).ToArray();
        var other = scored.Where(s => s.Text.Language == Language.Other).ToArray();

        var fits = known.Where(s => s.Scores.Features > 0).Select(s => s.Fit).Order().ToArray();
        var minimumFit = (float)(Math.Floor(fits[fits.Length / 10_000] * 10) / 10);

        var best = default(LanguageCalibration);
        var bestCost = double.MaxValue;
        // Function words are capped at 3 nats each, so that a few of them cannot outvote a sentence of n-grams
        // (German "will" and "war", English "die" and "hat" are words of the other language too).
        foreach (var functionWord in new[] { 0f, 0.5f, 1f, 1.5f, 2f, 3f })
        {
            // The offset is capped at 20 nats (a few words' worth), so that a short foreign sentence can still be
            // called other; the cross-validated texts are mostly long enough not to show the difference.
            foreach (var offset in new[] { 0f, 5f, 10f, 15f, 20f })
            {
                for (var m = -50; m <= 30; m++)
                {
                    var c = new LanguageCalibration(OtherMargin: m / 100f, OtherOffset: offset, FunctionWordWeight: functionWord, MinimumFeatures: 1, MinimumFit: minimumFit);
                    var knownErrors = known.Count(s => s.Decide(c) != s.Text.Language);
                    var otherErrors = other.Count(s => s.Decide(c) != Language.Other);
                    var cost = KnownErrorWeight * knownErrors / known.Length + (double)otherErrors / other.Length;
                    if (cost < bestCost)
                    {
                        (best, bestCost) = (c, cost);
                    }

                    if (explore && m % 5 == 0)
                    {
                        var checkErrors = string.Join(", ", checks.Select(k => $"{k.Name} {k.Scored.Count(s => s.Decide(c) != s.Text.Language)}/{k.Scored.Length}"));
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  function word {functionWord:0.0} offset {offset,4:0} margin {c.OtherMargin,5:0.00}: de/en errors {knownErrors,4} of {known.Length}, other errors {otherErrors,3} of {other.Length}, cost {cost:0.0000}; {checkErrors}"));
                    }
                }
            }
        }

        return best;
    }

    private static void Report(Scored[] scored, List<(string Name, Scored[] Scored)> checks, LanguageCalibration calibration, TextWriter stdout)
    {
        stdout.WriteLine($"cross-validated accuracy ({Folds} folds): texts of >= {CalibrationMinimumLength} characters, all texts");
        foreach (var group in scored.GroupBy(s => (s.Text.Language, s.Text.Source)))
        {
            var all = group.ToList();
            var longer = all.Where(s => s.Text.Text.Length >= CalibrationMinimumLength).ToList();
            stdout.WriteLine($"  {group.Key.Language.ToCode(),-5} {group.Key.Source,-14} {Accuracy(longer, calibration),7:0.0000} ({longer.Count,6:N0})  {Accuracy(all, calibration),7:0.0000} ({all.Count,6:N0})");
        }

        foreach (var (name, checkScores) in checks)
        {
            stdout.WriteLine($"  check {name}: {Accuracy(checkScores.ToList(), calibration):0.0000} ({checkScores.Length:N0})");
        }
    }

    private static double Accuracy(List<Scored> scored, LanguageCalibration calibration) =>
        scored.Count == 0 ? double.NaN : (double)scored.Count(s => s.Decide(calibration) == s.Text.Language) / scored.Count;

    /// <summary>A text and its evidence, scored with <see cref="RawCalibration"/>.</summary>
    private readonly record struct Scored(TrainingText Text, LanguageScores Scores)
    {
        /// <summary>The better of the German and English average log-likelihood per feature.</summary>
        public double Fit => Math.Max(Scores.German, Scores.English) / Scores.Features;

        /// <summary>The detector's verdict under <paramref name="c"/>, exactly as <see cref="LanguageDetector.Score"/> would give it.</summary>
        public Language Decide(LanguageCalibration c) => LanguageDetector.Decide(
            Scores.Features,
            Scores.Letters,
            Scores.LatinLetters,
            Scores.German + c.FunctionWordWeight * Scores.GermanFunctionWords,
            Scores.English + c.FunctionWordWeight * Scores.EnglishFunctionWords,
            Scores.Other,
            c);

        /// <summary>True when another class beats the labelled one by more than <paramref name="margin"/> nats per feature (or the script is not Latin).</summary>
        public bool ConfidentlyWrong(double margin)
        {
            if (Scores.Features == 0)
            {
                return false;
            }

            if (Scores.LatinLetters * 2 < Scores.Letters)
            {
                return Text.Language != Language.Other;
            }

            var own = Text.Language switch
            {
                Language.German => Scores.German,
                Language.English => Scores.English,
                _ => Scores.Other,
            };
            var best = Math.Max(Scores.Other, Math.Max(Scores.German, Scores.English));
            return best - own > margin * Scores.Features;
        }
    }
}
