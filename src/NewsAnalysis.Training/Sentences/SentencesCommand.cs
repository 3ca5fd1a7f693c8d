using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsAnalysis.Languages;
using NewsAnalysis.Lexicons;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Training.Sentences;

/// <summary>
/// <c>sentences</c>: trains the sentence-boundary models (German, English) that review the rule splitter's
/// verdict, and writes <c>boundary-model.de.bin</c> / <c>boundary-model.en.bin</c>.
/// </summary>
/// <remarks>
/// Examples are the candidate gaps (<see cref="BoundaryFeatures.IsCandidate"/>) of Universal Dependencies text
/// rebuilt as <c>eval tokens</c> builds it; a gap is positive when a gold sentence ends there. The learner is
/// ML.NET's SDCA logistic regression over the hashed features; its weights are exported and applied by the
/// library's own code. Training data: the treebank's <c>train</c> file when present, tuned on <c>dev</c>;
/// otherwise <c>dev</c> with the threshold and the reported figures taken from k-fold cross-validation by
/// document. The <c>test</c> files are never read.
/// </remarks>
internal sealed class SentencesCommand : ITrainingCommand
{
    private static readonly (Language Language, string Folder, string Prefix)[] s_treebanks =
    [
        (Language.German, "ud/de-gsd", "GSD_de_gsd-ud"),
        (Language.English, "ud/en-ewt", "EWT_en_ewt-ud"),
    ];

    public string Name => "sentences";

    public string Description => "Train the sentence-boundary models (de, en) from Universal Dependencies train/dev text.";

    public string Usage => """
        usage: NewsAnalysis.Training sentences --data DIR --out DIR [options]

          --data DIR          the shared data folder (../shared/data); reads ud/de-gsd and ud/en-ewt, never *-test
          --out DIR           where boundary-model.de.bin and boundary-model.en.bin are written
                              (src/NewsAnalysis/Resources/Sentences/)
          --language L        de, en or both (default both)
          --bits N            log2 of the weight table (default 14: 64 KB, stays in the CPU cache)
          --l1 X              L1 regularisation (default 0.00001)
          --l2 X              L2 regularisation (default 0.00001)
          --iterations N      SDCA passes (default 50)
          --folds N           cross-validation folds when there is no train file (default 5)
          --extra N           sentences of extra text (GermEval train; wikigold, WNUT-17, BTC) added to training
                              (default 30000 for de, 0 for en: the English corpora, tweets and Wikipedia,
                              lowered the cross-validated F1 on EWT; 0 = treebank only)
          --drop X            share of extra sentences whose final punctuation is removed (default 0.2)
          --extra-weight X    weight of an extra example against a treebank one (default 0.5)
          --show-errors N     print up to N cross-validated boundary errors per language
          --lowercase-words L languages whose model reads the mostly-lower-case word list (default de)
          --explain TEXT      print the final model's score of every candidate gap of TEXT
        """;

    public int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        options.OnlyAllow("data", "out", "language", "bits", "l1", "l2", "iterations", "folds", "show-errors", "extra", "drop", "extra-weight", "explain", "lowercase-words");
        var data = options.Required("data");
        var output = options.Required("out");
        var settings = new Settings(
            options.Int("bits", 14),
            (float)options.Double("l1", 0.00001),
            (float)options.Double("l2", 0.00001),
            options.Int("iterations", 50),
            (float)options.Double("extra-weight", 0.5));
        int? extraOption = options.Has("extra") ? options.Int("extra", 0) : null;
        var drop = options.Double("drop", 0.2);
        var folds = options.Int("folds", 5);
        var showErrors = options.Int("show-errors", 0);
        var only = options.String("language", "both");
        if (settings.Bits is < 8 or > 24 || folds < 2 || only is not ("de" or "en" or "both"))
        {
            throw new UsageException("--bits takes 8 to 24, --folds at least 2, --language de, en or both");
        }

        Directory.CreateDirectory(output);
        var tokenizer = new Tokenizer(TokenizationScheme.UniversalDependencies);
        foreach (var (language, folder, prefix) in s_treebanks)
        {
            if (only != "both" && only != language.ToCode())
            {
                continue;
            }

            var stopwatch = Stopwatch.StartNew();
            var dev = Path.Combine(data, folder, prefix + "-dev.conllu");
            var train = Path.Combine(data, folder, prefix + "-train.conllu");
            if (!File.Exists(dev))
            {
                stderr.WriteLine($"error: {dev}: no such file");
                return ExitCodes.UsageError;
            }

            var devTexts = TreebankText.Read(dev);
            var words = options.String("lowercase-words", "de").Split(',').Contains(language.ToCode()) ? LowercaseWords.Count(data, language) : [];
            var wordsPath = Path.Combine(output, $"lowercase-words.{language.ToCode()}.txt");
            LowercaseWords.Write(wordsPath, words, language, "Words mostly written in lower case inside");
            stdout.WriteLine($"{language.ToCode()}: {words.Count:N0} mostly lower-case words -> {wordsPath}");
            var inner = LowercaseWords.CountInner(data, language);
            var innerPath = Path.Combine(output, $"inner-words.{language.ToCode()}.txt");
            LowercaseWords.Write(innerPath, inner, language, "Frequent words that (almost) never end a sentence (100 uses or more, under 1 % of them last) in");
            stdout.WriteLine($"{language.ToCode()}: {inner.Count:N0} words that never end a sentence -> {innerPath}");
            var trainer = new BoundaryTrainer(tokenizer, language, settings, new GapWords(BoundaryModel.WordList(words), BoundaryModel.WordList(inner), tokenizer.Lexicon.SentenceStartersDe));
            var extraTexts = ExtraText.Build(data, language, extraOption ?? (language == Language.German ? 30000 : 0), drop);
            var extra = trainer.Examples(extraTexts, settings.ExtraWeight);
            stdout.WriteLine($"{language.ToCode()}: {extraTexts.Sum(t => t.Sentences.Count):N0} extra sentences, {extra.Count:N0} candidate gaps");
            BoundaryModel model;
            if (File.Exists(train))
            {
                var trainTexts = TreebankText.Read(train);
                stdout.WriteLine($"{language.ToCode()}: train {Path.GetFileName(train)} ({trainTexts.Sum(t => t.Sentences.Count):N0} sentences), tune on {Path.GetFileName(dev)}");
                var fitted = trainer.Fit([.. trainer.Examples(trainTexts), .. extra]);
                var threshold = trainer.BestThreshold([(fitted, devTexts)], stdout);
                model = trainer.Fit([.. trainer.Examples(trainTexts), .. extra], threshold);
            }
            else
            {
                stdout.WriteLine($"{language.ToCode()}: no train file; {folds}-fold cross-validation on {Path.GetFileName(dev)} ({devTexts.Sum(t => t.Sentences.Count):N0} sentences, {devTexts.Count} documents)");
                var parts = new List<(BoundaryModel, IReadOnlyList<TreebankText>)>();
                for (var f = 0; f < folds; f++)
                {
                    var held = devTexts.Where((_, k) => k % folds == f).ToList();
                    var rest = devTexts.Where((_, k) => k % folds != f).ToList();
                    parts.Add((trainer.Fit([.. trainer.Examples(rest), .. extra]), held));
                }

                var threshold = trainer.BestThreshold(parts, stdout);
                if (showErrors > 0)
                {
                    foreach (var (m, held) in parts)
                    {
                        trainer.ShowErrors(m.WithThreshold(threshold), held, showErrors / folds, stdout);
                    }
                }

                model = trainer.Fit([.. trainer.Examples(devTexts), .. extra], threshold);
            }

            if (options.Has("explain"))
            {
                trainer.Explain(model, options.Required("explain"), stdout);
            }

            var path = Path.Combine(output, $"boundary-model.{language.ToCode()}.bin");
            using (var file = File.Create(path))
            {
                model.Write(file);
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrote {path} ({new FileInfo(path).Length / 1024.0:N0} KB, threshold {model.Threshold:0.00}) in {stopwatch.Elapsed.TotalSeconds:0} s"));
        }

        return ExitCodes.Success;
    }

    internal readonly record struct Settings(int Bits, float L1, float L2, int Iterations, float ExtraWeight);
}

/// <summary>Builds the examples, fits the model with ML.NET and measures sentence F1 as <c>eval tokens</c> does.</summary>
internal sealed class BoundaryTrainer(Tokenizer tokenizer, Language language, SentencesCommand.Settings settings, GapWords words)
{
    private readonly MLContext _ml = new(seed: 1);

    // The rule splitter alone (no model): the verdicts the model reviews.
    private readonly SentenceSplitter _rules = new(tokenizer, _ => null);

    public List<Example> Examples(IEnumerable<TreebankText> texts, float weight = 1)
    {
        var examples = new List<Example>();
        var mask = (1 << settings.Bits) - 1;
        foreach (var doc in texts)
        {
            var ends = doc.Sentences.Select(s => s.End).ToHashSet();
            foreach (var gap in CandidateGaps(doc.Text, mask))
            {
                examples.Add(new Example(ends.Contains(gap.Tokens[gap.Index].End), Sparse(gap.Features.AsSpan(0, gap.Count), 1 << settings.Bits), weight));
            }
        }

        return examples;
    }

    public BoundaryModel Fit(List<Example> examples, float threshold = 0)
    {
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, 1 << settings.Bits);
        var data = _ml.Data.Cache(_ml.Data.LoadFromEnumerable(examples, schema));
        var trainer = _ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            MaximumNumberOfIterations = settings.Iterations,
            NumberOfThreads = 1,
            ExampleWeightColumnName = nameof(Example.Weight),
            Shuffle = false,
        });
        var fitted = trainer.Fit(data).Model.SubModel;
        var weights = fitted.Weights.ToArray();
        return new BoundaryModel(settings.Bits, weights, fitted.Bias, threshold, words);
    }

    /// <summary>Picks the threshold with the best pooled sentence F1 on held-out text and prints the figures.</summary>
    public float BestThreshold(IReadOnlyList<(BoundaryModel Model, IReadOnlyList<TreebankText> Held)> parts, TextWriter stdout)
    {
        var rulesOnly = Score(parts.Select(p => ((BoundaryModel?)null, p.Held)), 0);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rules only        sentence F1 {rulesOnly:0.0000}"));
        var best = (Threshold: 0f, F1: -1.0);
        // From high to low, so that of equally good thresholds the most cautious one (fewest added boundaries) wins.
        for (var t = 1.5f; t >= -3.01f; t -= 0.25f)
        {
            var f1 = Score(parts.Select(p => ((BoundaryModel?)p.Model, p.Held)), t);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {t,5:0.00}   sentence F1 {f1:0.0000}"));
            if (f1 > best.F1 + 1e-9)
            {
                best = (t, f1);
            }
        }

        return best.Threshold;
    }

    public void Explain(BoundaryModel model, string text, TextWriter stdout)
    {
        var weights = model.CopyWeights();
        foreach (var (tokens, rule, i, features, count) in CandidateGaps(text, model.Mask))
        {
            var parts = string.Join(' ', features.Take(count).Select(f => weights[f].ToString("0.00", CultureInfo.InvariantCulture)));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {tokens[i].Text} | {tokens[i + 1].Text}: rule {rule[i]}, score {model.Score(features.AsSpan(0, count)):0.00} (threshold {model.Threshold:0.00}; bias {model.Bias:0.00}; {parts})"));
        }
    }

    /// <summary>
    /// The gaps the splitter's model pass would score in <paramref name="text"/> (after token <c>Index</c>), with
    /// their features as it extracts them; training and <c>--explain</c> share it. The feature buffer is reused:
    /// read it before taking the next gap.
    /// </summary>
    private IEnumerable<(Token[] Tokens, bool[] Rule, int Index, int[] Features, int Count)> CandidateGaps(string text, int mask)
    {
        var tokens = tokenizer.Tokenize(text, language);
        var rule = new bool[tokens.Length];
        var gaps = new SentenceSplitter.Gap[tokens.Length];
        var count = _rules.Scan(text, tokens, language, words, rule, gaps);
        var features = new int[BoundaryFeatures.MaxFeatures];
        var nextRule = 0;
        for (var k = 0; k < count; k++)
        {
            var n = _rules.Features(text, tokens, language, words, mask, rule, gaps[k], ref nextRule, features);
            yield return (tokens, rule, gaps[k].Index, features, n);
        }
    }

    public void ShowErrors(BoundaryModel model, IReadOnlyList<TreebankText> texts, int max, TextWriter stdout)
    {
        var splitter = new SentenceSplitter(tokenizer, _ => model);
        var shown = 0;
        foreach (var doc in texts)
        {
            var tokens = tokenizer.Tokenize(doc.Text, language);
            var predicted = splitter.Split(doc.Text, tokens, language).Select(s => s.End).ToHashSet();
            var gold = doc.Sentences.Select(s => s.End).ToHashSet();
            foreach (var t in tokens)
            {
                if (predicted.Contains(t.End) != gold.Contains(t.End) && t.End < doc.Text.Length && shown++ < max)
                {
                    var from = Math.Max(0, t.End - 50);
                    var to = Math.Min(doc.Text.Length, t.End + 30);
                    stdout.WriteLine($"    {(gold.Contains(t.End) ? "missed  " : "spurious")} {doc.Text[from..t.End]} | {doc.Text[t.End..to]}");
                }
            }
        }
    }

    private double Score(IEnumerable<(BoundaryModel? Model, IReadOnlyList<TreebankText> Held)> parts, float threshold)
    {
        long gold = 0, predicted = 0, correct = 0;
        foreach (var (model, held) in parts)
        {
            var withThreshold = model?.WithThreshold(threshold);
            var splitter = new SentenceSplitter(tokenizer, _ => withThreshold);
            foreach (var doc in held)
            {
                var tokens = tokenizer.Tokenize(doc.Text, language);
                var spans = splitter.Split(doc.Text, tokens, language).Select(s => (s.Start, s.End)).ToHashSet();
                gold += doc.Sentences.Count;
                predicted += spans.Count;
                correct += doc.Sentences.Count(spans.Contains);
            }
        }

        var p = predicted == 0 ? 0 : (double)correct / predicted;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>A sparse ML.NET vector from feature ids: sorted, distinct indices, a repeated id counts its occurrences.</summary>
    internal static VBuffer<float> Sparse(ReadOnlySpan<int> features, int length)
    {
        var sorted = features.ToArray();
        Array.Sort(sorted);
        var indices = new List<int>(sorted.Length);
        var values = new List<float>(sorted.Length);
        foreach (var f in sorted)
        {
            if (indices.Count > 0 && indices[^1] == f)
            {
                values[^1] += 1;
            }
            else
            {
                indices.Add(f);
                values.Add(1);
            }
        }

        return new VBuffer<float>(length, indices.Count, [.. values], [.. indices]);
    }

    /// <summary>One candidate gap: whether a gold sentence ends there, and its features.</summary>
    public sealed class Example(bool label, VBuffer<float> features, float weight)
    {
        public bool Label { get; set; } = label;

        public float Weight { get; set; } = weight;

        public VBuffer<float> Features { get; set; } = features;
    }
}
