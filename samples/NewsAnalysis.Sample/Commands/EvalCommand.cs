using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Languages;
using NewsAnalysis.Sample.Evaluation;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Sample.Commands;

/// <summary><c>eval tokens</c> and <c>eval language</c>: measure the pipeline against gold data.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("eval", "Measure the pipeline against gold annotations.");
        command.Subcommands.Add(CreateTokens(stdout, stderr));
        command.Subcommands.Add(CreateLanguage(stdout, stderr));
        command.Subcommands.Add(CreateCorpus(stdout, stderr));
        command.Subcommands.Add(EvalNerCommand.Create(stdout, stderr));
        command.Subcommands.Add(EvalQuotesCommand.Create(stdout, stderr));
        return command;
    }

    private static Command CreateTokens(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("gold") { Description = "CoNLL-U files.", Arity = ArgumentArity.OneOrMore };
        var scheme = new Option<string>("--scheme")
        {
            Description = "Tokenization conventions: ud (as the gold data) or press (the product default).",
            DefaultValueFactory = _ => "ud",
        };
        scheme.AcceptOnlyFromAmong("ud", "press");
        var language = new Option<string>("--language")
        {
            Description = "Language of the documents (de, en) or auto to detect each.",
            DefaultValueFactory = _ => "auto",
        };
        var errors = new Option<int>("--show-errors")
        {
            Description = "Print up to N token and N sentence mismatches with context.",
            DefaultValueFactory = _ => 0,
        };
        var paragraphs = new Option<bool>("--paragraphs")
        {
            Description = "Set paragraphs (# newpar) off by a blank line, as the CoNLL 2018 shared task's raw text does; by default every sentence follows the last after one space.",
        };
        var command = new Command("tokens", "Token and sentence precision/recall/F1 (exact spans) on CoNLL-U gold data.")
        {
            files, scheme, language, errors, paragraphs,
        };
        command.SetAction(parse =>
        {
            Language? forced = null;
            var code = parse.GetValue(language)!;
            if (code != "auto")
            {
                if (!LanguageCodes.TryParse(code, out var l))
                {
                    stderr.WriteLine($"error: unknown language '{code}'");
                    return ExitCodes.UsageError;
                }

                forced = l;
            }

            var options = NewsAnalyzerOptions.Default with
            {
                TokenizationScheme = parse.GetValue(scheme) == "press" ? TokenizationScheme.Press : TokenizationScheme.UniversalDependencies,
            };
            var analyzer = NewsAnalyzer.Create(options);
            var showErrors = parse.GetValue(errors);
            foreach (var file in parse.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    stderr.WriteLine($"error: {file}: no such file");
                    return ExitCodes.UsageError;
                }

                var corpus = ConlluCorpus.Load(file, parse.GetValue(paragraphs));
                var tokenErrors = new List<string>();
                var sentenceErrors = new List<string>();
                var characters = corpus.Documents.Sum(d => (long)d.Text.Length);
                var stopwatch = Stopwatch.StartNew();
                var (tokens, sentences) = TokenEvaluation.Evaluate(analyzer, corpus, forced, (doc, predictedTokens, predictedSentences) =>
                {
                    if (showErrors > 0)
                    {
                        Mismatches(doc.Text, doc.Tokens, predictedTokens, tokenErrors, showErrors, 30);
                        Mismatches(doc.Text, doc.Sentences, predictedSentences, sentenceErrors, showErrors, 0);
                    }
                });

                stopwatch.Stop();
                stdout.WriteLine($"{file} ({corpus.Documents.Count} documents, {characters:N0} characters, scheme {parse.GetValue(scheme)}, language {code}{(parse.GetValue(paragraphs) ? ", paragraphs set off by blank lines" : "")})");
                stdout.WriteLine($"  tokens     {tokens}");
                stdout.WriteLine($"  sentences  {sentences}");
                var (reference, hidden) = PunctuationReference.Evaluate(corpus);
                stdout.WriteLine($"  reference  F1 {reference.F1:F4} for sentence ends at final punctuation, line breaks and document ends only ({hidden:N0} of {reference.Gold:N0} gold ends show none of them)");
                stdout.WriteLine($"  time       {stopwatch.Elapsed.TotalMilliseconds:N0} ms for the whole pipeline");
                foreach (var e in tokenErrors)
                {
                    stdout.WriteLine("  token    " + e);
                }

                foreach (var e in sentenceErrors)
                {
                    stdout.WriteLine("  sentence " + e);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Mismatches(string text, IReadOnlyList<(int Start, int End)> gold, List<(int Start, int End)> predicted, List<string> output, int max, int context)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var g in gold)
        {
            if (output.Count >= max)
            {
                return;
            }

            if (!predictedSet.Contains(g))
            {
                output.Add($"missed    {Show(text, g, context)}");
            }
        }

        foreach (var p in predicted)
        {
            if (output.Count >= max)
            {
                return;
            }

            if (!goldSet.Contains(p))
            {
                output.Add($"spurious  {Show(text, p, context)}");
            }
        }
    }

    private static string Show(string text, (int Start, int End) span, int context)
    {
        if (context == 0)
        {
            var s = text[span.Start..span.End];
            return s.Length > 160 ? $"[{s[..70]} … {s[^70..]}]" : $"[{s}]";
        }

        var left = text[Math.Max(0, span.Start - context)..span.Start];
        var right = text[span.End..Math.Min(text.Length, span.End + context)];
        return $"{left.Replace('\n', ' ')}[{text[span.Start..span.End]}]{right.Replace('\n', ' ')}";
    }

    private static Command CreateCorpus(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("corpus") { Description = "The corpus folder (default: corpus).", DefaultValueFactory = _ => "corpus" };
        var errors = new Option<bool>("--show-errors") { Description = "List every missed and spurious record." };
        var minimum = new Option<string?>("--min")
        {
            Description = "Exit 3 when the overall F1 of a kind is below its threshold, e.g. entities=0.80,amounts=0.98,quotes=0.95.",
        };
        var minimumAmounts = new Option<double?>("--min-amounts") { Description = "Same as --min amounts=F1." };
        var goldEntities = new Option<bool>("--gold-entities") { Description = "Run the quote stage after the gold entities instead of the pipeline's own (checks the entity path of quote attribution)." };
        var only = new Option<string?>("--only")
        {
            Description = "Score only the articles a list names, e.g. corpus/held-out.list (the blind round the entity taggers were never trained on).",
        };
        var command = new Command("corpus", "Precision/recall/F1 of the pipeline against the corpus gold annotations, per kind and language.")
        {
            folder, errors, minimum, minimumAmounts, goldEntities, only,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                stderr.WriteLine($"error: {path}: no such folder");
                return ExitCodes.UsageError;
            }

            var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
            if (parse.GetValue(minimum) is { } text)
            {
                var parsed = Thresholds.Parse(text, CorpusEvaluation.GateKinds, out var error);
                if (parsed is null)
                {
                    stderr.WriteLine($"error: {error}");
                    return ExitCodes.UsageError;
                }

                foreach (var (kind, value) in parsed)
                {
                    thresholds[kind] = value;
                }
            }

            if (parse.GetValue(minimumAmounts) is { } minAmounts)
            {
                thresholds["amounts"] = minAmounts;
            }

            IReadOnlyList<GoldArticle> articles = GoldArticle.LoadFolder(path);
            if (parse.GetValue(only) is { } listPath)
            {
                ArticleList list;
                try
                {
                    list = ArticleList.Load(listPath);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"error: {e.Message}");
                    return ExitCodes.UsageError;
                }

                articles = [.. articles.Where(a => list.Contains(a.TextPath))];
                if (articles.Count < list.Count)
                {
                    stderr.WriteLine($"error: {listPath} names {list.Count} articles, {articles.Count} of them are under {path}");
                    return ExitCodes.UsageError;
                }
            }

            var result = CorpusEvaluation.Evaluate(NewsAnalyzer.Create(), articles);
            stdout.WriteLine($"{path}: {articles.Count} articles");
            foreach (var (kind, scores) in result.Kinds)
            {
                foreach (var (language, score) in scores.ByLanguage)
                {
                    stdout.WriteLine($"  {kind,-9} {language,-4} {score}");
                }

                if (parse.GetValue(errors))
                {
                    foreach (var line in scores.Errors)
                    {
                        stdout.WriteLine("  " + line);
                    }
                }
            }

            // Quotes: direct-quote P/R/F1 on exact inner spans, speaker accuracy, scare quotes given a speaker.
            var quoteAnalyzer = parse.GetValue(goldEntities)
                ? NewsAnalyzer.CreateBuilder().RemoveStage("entities").RemoveStage("quotes")
                    .AddStage(new GoldEntityStage(articles.ToDictionary(a => a.Id))).AddStage(new NewsAnalysis.Pipeline.QuoteStage()).Build()
                : NewsAnalyzer.Create();
            var quotes = QuoteEvaluation.Evaluate(quoteAnalyzer, articles);
            foreach (var (language, score) in quotes.ByLanguage)
            {
                stdout.WriteLine($"  quotes    {language,-4} {score}");
            }

            if (parse.GetValue(errors))
            {
                foreach (var line in quotes.Errors)
                {
                    stdout.WriteLine("  " + line);
                }
            }

            // The gate covers every kind scored above; a kind scored elsewhere adds its overall F1 here.
            var overallF1 = new Dictionary<string, double>(result.OverallF1(), StringComparer.Ordinal);
            overallF1["quotes"] = quotes.ByLanguage["all"].Direct.F1;
            var failures = Thresholds.Check(thresholds, overallF1, out var unscored);
            foreach (var kind in unscored)
            {
                stderr.WriteLine($"warning: eval corpus does not score {kind} yet; its threshold is not checked");
            }

            foreach (var failure in failures)
            {
                stderr.WriteLine(failure);
            }

            return failures.Count > 0 ? ExitCodes.BelowThreshold : ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateLanguage(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("gold") { Description = "CoNLL-U files.", Arity = ArgumentArity.OneOrMore };
        var expect = new Option<string>("--expect") { Description = "The language of every sentence (de or en).", Required = true };
        var minLength = new Option<int>("--min-length")
        {
            Description = "Only sentences with at least this many characters.",
            DefaultValueFactory = _ => 40,
        };
        var command = new Command("language", "Language-detection accuracy on the sentences of CoNLL-U files.") { files, expect, minLength };
        command.SetAction(parse =>
        {
            if (!LanguageCodes.TryParse(parse.GetValue(expect), out var expected))
            {
                stderr.WriteLine("error: --expect takes de or en");
                return ExitCodes.UsageError;
            }

            var detector = new LanguageDetector();
            foreach (var file in parse.GetValue(files)!)
            {
                var total = 0;
                var correct = 0;
                var wrong = new List<string>();
                foreach (var line in File.ReadLines(file))
                {
                    if (!line.StartsWith("# text =", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var sentence = line["# text =".Length..].Trim();
                    if (sentence.Length < parse.GetValue(minLength))
                    {
                        continue;
                    }

                    total++;
                    var detected = detector.Detect(sentence);
                    if (detected == expected)
                    {
                        correct++;
                    }
                    else if (wrong.Count < 10)
                    {
                        wrong.Add($"  {detected.ToCode()}: {sentence}");
                    }
                }

                stdout.WriteLine($"{file}: accuracy {(total == 0 ? 0 : (double)correct / total):0.0000} ({correct}/{total} sentences of >= {parse.GetValue(minLength)} characters)");
                foreach (var w in wrong)
                {
                    stdout.WriteLine(w);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
