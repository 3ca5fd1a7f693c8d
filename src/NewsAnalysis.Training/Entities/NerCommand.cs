using NewsAnalysis.Sample.Evaluation;
using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// <c>ner</c>: trains the German or English entity model from ../shared/data and writes
/// <c>ner-model.{de,en}.bin</c>, which the library embeds. The defaults are the shipped settings, so
/// <c>ner --language de --data ../shared/data --out src/NewsAnalysis/Resources/Entities</c> reproduces the
/// shipped German model byte for byte. Dev files (GermEval dev, UNER EWT dev) are only scored, never trained on.
/// </summary>
internal sealed class NerCommand : ITrainingCommand
{
    public string Name => "ner";

    public string Description => "Train the named-entity model of a language (averaged structured perceptron).";

    public string Usage => """
        usage: NewsAnalysis.Training ner --language de|en --data DIR [--out DIR] [options]

          --data DIR        the shared data folder (../shared/data)
          --out DIR         where ner-model.<lang>.bin is written (src/NewsAnalysis/Resources/Entities); omit to only measure
          --train LIST      comma-separated files or folders below DIR to train on (default: the shipped sources)
          --dev FILE        file below DIR scored after each epoch (default: GermEval dev / UNER EWT dev)
          --epochs N        passes over the training data (default: the shipped setting)
          --bucket-bits N   log2 of the feature hash table (default 20)
          --seed N          shuffling seed of the first run (default 1)
          --trainer NAME    perceptron (shipped: averaged structured perceptron), or an ML.NET maximum-entropy
                            model per token: sdca (SdcaMaximumEntropy; --l2 X default 1e-6, --iterations N
                            default 30) or lbfgs (LbfgsMaximumEntropy; --l2 X default 1, --iterations N default 100)
                            or crf (linear-chain CRF by SGD, ours; --l2 X default 1, --rate X default 0.1, --decay X default 0: the rate falls as
                            1/(1 + X·epochs), --average-from E: mean of the weights after epochs E.. (default 0: none)),
                            or perceptron+crf (both, scaled to unit norm and summed; --crf-epochs N default 15)
          --stack K         measure a stacked second pass over K-fold jackknife labels of the first (nothing is written)
          --bilou           measure BILOU labels with the perceptron (nothing is written)
          --o-bias LIST     also score the model with each penalty on O (units of the mean |transition|)
          --previous-label  sdca/lbfgs: the previous gold label is a feature (MEMM), decoded by Viterbi
          --lowercase N     add a lower-cased copy of every N-th training sentence with a name (default: en 5, de 0 = none)
          --source-spans    en: keep each source's own span convention (default: titles, articles, nationality
                            words, re3d's descriptions and WNUT-17's products are brought to Universal NER's)
          --strip-articles  move a leading "the" out of names, as UNER and CoNLL annotate (re3d keeps it inside)
          --dropout P       leave each feature out of a training visit with probability P (default 0)
          --runs N          training runs with seeds N, N+1, ... whose weights are averaged (default 1)
          --features LIST   optional feature groups: base, gazetteer, clusters, ngrams, lowercase-names
                            (default: the first three; en also lowercase-names)
          --corpus LIST     also train on our gold-annotated articles in these folders (corpus/en; comma-separated),
                            cut by the library's tokenizer and splitter (default: none; what is trained on is no
                            longer an evaluation set)
          --corpus-weight N add the corpus sentences N times (default 1)
          --held-out FILE   leave out the corpus articles this list names (corpus/held-out.list: the newest blind
                            round, so that its figure stays one on unseen text)
        """;

    /// <summary>The shipped training sources per language, relative to the data folder.</summary>
    public static IReadOnlyList<string> DefaultSources(string language) => language == "de"
        ? ["ner/de/germeval2014/NER-de-train.tsv"]
        : [
            "ner/en/wikigold/wikigold.conll.txt",
            "ner/en/btc/train_dev_test_conll",
            "ner/en/wnut17/wnut17train.conll",
            "ner/en/wnut17/emerging.dev.conll",
            "ner/en/wnut17/emerging.test.annotated",
            "ner/en/re3d/conll-by-source-juand-r",
            "ner/en/sec-filings/train/FIN5.txt",
            "ner/en/sec-filings/test/FIN3.txt",
        ];

    public static string DefaultDev(string language) => language == "de"
        ? "ner/de/germeval2014/NER-de-dev.tsv"
        : "ner/en/uner-ewt/English-EWT_en_ewt-ud-dev.iob2";

    public const int DefaultRuns = 1;

    public const double DefaultDropout = 0;

    /// <summary>Every how many sentences with a name a lower-cased copy is added (0: none).</summary>
    public static int DefaultLowercase(string language) => language == "en" ? 5 : 0;

    /// <summary>The optional feature groups of the shipped model (English adds the lower-case name flags).</summary>
    public static string DefaultFeatures(string language) => language == "en" ? "gazetteer,clusters,ngrams,lowercase-names" : "gazetteer,clusters,ngrams";

    public static int DefaultEpochs(string language) => language == "de" ? 10 : 4;

    public int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        options.OnlyAllow("language", "data", "out", "train", "dev", "epochs", "bucket-bits", "seed", "features", "runs", "trainer", "l2", "iterations", "dropout", "previous-label", "lowercase", "strip-articles", "source-spans", "rate", "decay", "stack", "average-from", "crf-epochs", "bilou", "o-bias", "corpus", "corpus-weight", "held-out");
        var language = options.Required("language");
        if (language is not ("de" or "en"))
        {
            throw new UsageException("--language takes de or en");
        }

        var data = options.Required("data");
        var sources = options.Has("train") ? options.Required("train").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : DefaultSources(language);
        var devPath = Path.Combine(data, options.String("dev", DefaultDev(language)));
        var epochs = options.Int("epochs", DefaultEpochs(language));
        var bits = options.Int("bucket-bits", 20);
        var seed = options.Int("seed", 1);

        var clock = Stopwatch.StartNew();
        var train = new List<NerSentence>();
        foreach (var source in sources)
        {
            var path = Path.Combine(data, source);
            if (Path.GetFullPath(path) == Path.GetFullPath(devPath))
            {
                throw new UsageException($"{source} is the dev file; it is never trained on");
            }

            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories).Where(IsCorpusFile).Order(StringComparer.Ordinal).ToArray() : [path];
            foreach (var file in files.Select(EvaluationFiles.RequireTrainingInput))
            {
                var sentences = language == "en" && !options.Has("source-spans") && UnerConventions.IsWnut(file)
                    ? UnerConventions.LoadWnut(file)
                    : NerCorpus.Load(file);
                if (language == "en" && !options.Has("source-spans"))
                {
                    var re3d = UnerConventions.IsRe3d(file);
                    sentences = [.. sentences.Select(s => UnerConventions.Apply(s, re3d))];
                }

                train.AddRange(sentences);
                stderr.WriteLine($"  {Path.GetRelativePath(data, file)}: {sentences.Count:N0} sentences");
            }
        }

        if (options.Has("corpus"))
        {
            AddCorpus(options, language, train, stderr);
        }

        if (options.Has("strip-articles"))
        {
            train = [.. train.Select(NerAugmentation.WithoutLeadingArticles)];
        }

        var lowercase = options.Int("lowercase", DefaultLowercase(language));
        if (lowercase > 0)
        {
            var copies = NerAugmentation.LowerCasedCopies(train, lowercase).ToList();
            train.AddRange(copies);
            stderr.WriteLine($"  lower-cased copies: {copies.Count:N0} sentences");
        }

        var dev = NerCorpus.Load(devPath);
        var lang = language == "de" ? NewsAnalysis.Languages.Language.German : NewsAnalysis.Languages.Language.English;
        var featureSet = NerFeatureSet.Base;
        foreach (var name in options.String("features", DefaultFeatures(language)).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            featureSet |= name switch
            {
                "gazetteer" => NerFeatureSet.Gazetteer,
                "clusters" => NerFeatureSet.Clusters,
                "ngrams" => NerFeatureSet.CharacterNgrams,
                "lowercase-names" => NerFeatureSet.LowerCaseNames,
                "base" => NerFeatureSet.Base,
                _ => throw new UsageException("--features takes base, gazetteer, clusters, ngrams, lowercase-names"),
            };
        }

        var features = NerTagger.Features(bits, featureSet, lang);
        var set = NerTrainingSet.Build(train, features);
        stderr.WriteLine($"train: {set.SentenceCount:N0} sentences, {set.TokenCount:N0} tokens; dev: {dev.Count:N0} sentences ({clock.Elapsed.TotalSeconds:0.0} s)");

        var trainer = new PerceptronTrainer(bits, featureSet, lang, options.Double("dropout", DefaultDropout));
        if (options.Has("bilou"))
        {
            stdout.WriteLine($"bilou dev all {BilouExperiment.Run(set, NerTrainingSet.Build(dev, features), bits, epochs, seed, stderr)}");
            stdout.WriteLine($"time {clock.Elapsed.TotalSeconds:0} s");
            return ExitCodes.Success;
        }

        if (options.Has("stack"))
        {
            var stacked = NerStacking.Run(train, set, dev, NerTrainingSet.Build(dev, features), s => trainer.Train(s, epochs, seed), options.Int("stack", 2), bits, stderr);
            stdout.WriteLine($"time {clock.Elapsed.TotalSeconds:0} s");
            return ExitCodes.Success;
        }

        var runs = options.Int("runs", DefaultRuns);
        var learner = options.String("trainer", "perceptron");
        NerModel? model = null;
        for (var run = 0; run < runs; run++)
        {
            var trained = learner switch
            {
                "perceptron" => trainer.Train(set, epochs, seed + run, AfterEpoch),
                "crf" => Crf().Train(set, epochs, seed + run, AfterEpoch),
                "perceptron+crf" => Sum(Normalised(trainer.Train(set, epochs, seed + run)), Normalised(Crf().Train(set, options.Int("crf-epochs", 15), seed + run))),
                "sdca" => new MaxEntTrainer(bits, featureSet, MaxEntLearner.Sdca, options.Double("l2", 1e-6), options.Int("iterations", 30), options.Has("previous-label")).Train(set, seed + run),
                "lbfgs" => new MaxEntTrainer(bits, featureSet, MaxEntLearner.Lbfgs, options.Double("l2", 1), options.Int("iterations", 100), options.Has("previous-label")).Train(set, seed + run),
                _ => throw new UsageException("--trainer takes perceptron, crf, sdca or lbfgs"),
            };

            CrfTrainer Crf() => new(bits, featureSet, lang, options.Double("l2", 1), options.Double("rate", 0.1), options.Double("decay", 0), options.Int("average-from", 0));

            void AfterEpoch(int epoch, NerModel current)
            {
                var score = Score(current, dev, language);
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1} epoch {epoch}: dev {score} ({clock.Elapsed.TotalSeconds:0} s)"));
            }

            // Several runs over differently shuffled data, averaged: the weights vary less with the order.
            model = model is null ? trained : Sum(model, trained);
        }

        model = Scale(model!, 1.0f / runs);
        if (options.Has("o-bias"))
        {
            // A penalty on O at every token (the same as lowering every transition into O): trades precision
            // for recall. In units of the mean absolute transition weight, so it means the same for both learners.
            var unit = model.Transitions.Average(Math.Abs);
            foreach (var bias in options.Required("o-bias").Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)))
            {
                var transitions = (float[])model.Transitions.Clone();
                for (var previous = 0; previous <= NerLabels.Count; previous++)
                {
                    transitions[(previous * NerLabels.Count) + NerLabels.Outside] -= (float)(bias * unit);
                }

                var biased = new NerModel(model.BucketBits, model.FeatureSet, model.Weights, transitions);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev O bias {bias}: {Score(RoundTrip(biased), dev, language)}"));
            }
        }

        // Scored as it ships: written with int16 weights and read back, so a bad weight scale shows here.
        var evaluation = Evaluate(RoundTrip(model), dev, language);
        foreach (var (type, score) in evaluation.ByType)
        {
            stdout.WriteLine($"dev {type,-5} {score}");
        }

        stdout.WriteLine($"dev all   {evaluation.Overall}");
        if (options.Has("out"))
        {
            var output = Path.Combine(options.Required("out"), $"ner-model.{language}.bin");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            using (var stream = File.Create(output))
            {
                model.Write(stream);
            }

            stdout.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        }

        stdout.WriteLine($"time {clock.Elapsed.TotalSeconds:0} s");
        return ExitCodes.Success;
    }

    /// <summary>Adds the articles of every <c>--corpus</c> folder, <c>--corpus-weight</c> times, and reports spans that were left out.</summary>
    private static void AddCorpus(CommandOptions options, string language, List<NerSentence> train, TextWriter stderr)
    {
        var weight = options.Int("corpus-weight", 1);
        if (weight < 1)
        {
            throw new UsageException("--corpus-weight takes a positive number");
        }

        var heldOut = options.Has("held-out") ? ArticleList.Load(options.Required("held-out")) : ArticleList.None;
        var reader = new NewsCorpusReader();
        var lang = language == "de" ? NewsAnalysis.Languages.Language.German : NewsAnalysis.Languages.Language.English;
        foreach (var folder in options.Required("corpus").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var corpus = reader.ReadFolder(folder, lang, heldOut);
            foreach (var line in corpus.Skipped)
            {
                stderr.WriteLine($"  skipped {line}");
            }

            // Repeating the few in-domain sentences weighs them against the much larger out-of-domain sources.
            for (var copy = 0; copy < weight; copy++)
            {
                train.AddRange(corpus.Sentences);
            }

            stderr.WriteLine($"  {folder}: {corpus.Articles} articles, {corpus.Sentences.Count:N0} sentences × {weight} ({corpus.Skipped.Count} left out for unaligned spans; {heldOut.Count} articles on the held-out list)");
        }
    }

    private static bool IsCorpusFile(string path)
    {
        var name = Path.GetFileName(path);
        return !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".rst", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("README", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Scores a model on gold sentences (UNER EWT has no MISC, so English is scored on PER/ORG/LOC).</summary>
    internal static NerEvaluation Evaluate(NerModel model, IReadOnlyList<NerSentence> gold, string language)
    {
        var recognizer = new EntityRecognizer(model, language == "de" ? NewsAnalysis.Languages.Language.German : NewsAnalysis.Languages.Language.English);
        var evaluation = new NerEvaluation(language == "de" ? null : ["PER", "ORG", "LOC"]);
        foreach (var sentence in gold)
        {
            evaluation.Add(sentence.Tags, recognizer.Tag(sentence.Words));
        }

        return evaluation;
    }

    /// <summary>The model as the library loads it: written to the file format and read back.</summary>
    internal static NerModel RoundTrip(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        return NerModel.Read(stream);
    }

    private static NerModel Sum(NerModel a, NerModel b) => new(
        a.BucketBits,
        a.FeatureSet,
        [.. a.Weights.Zip(b.Weights, (x, y) => x + y)],
        [.. a.Transitions.Zip(b.Transitions, (x, y) => x + y)]);

    /// <summary>The model scaled to unit L2 norm of its emission weights, so that two learners' models can be summed.</summary>
    private static NerModel Normalised(NerModel a) => Scale(a, (float)(1 / Math.Sqrt(a.Weights.Sum(w => (double)w * w))));

    private static NerModel Scale(NerModel a, float factor) => new(
        a.BucketBits, a.FeatureSet, [.. a.Weights.Select(x => x * factor)], [.. a.Transitions.Select(x => x * factor)]);

    private static NerScore Score(NerModel model, IReadOnlyList<NerSentence> gold, string language) => Evaluate(model, gold, language).Overall;
}
