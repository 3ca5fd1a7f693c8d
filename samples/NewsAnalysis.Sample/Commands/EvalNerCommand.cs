using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Commands;

/// <summary>
/// <c>eval ner FILE --language de|en</c>: tags the sentences of an NER corpus (GermEval TSV, CoNLL, Universal
/// NER IOB2) with the embedded model and prints conlleval-style exact-span precision/recall/F1 per type. With
/// <c>--pipeline</c> the whole analyzer (tagger and document pass) reads the file's documents instead.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "GermEval TSV, CoNLL (token ... tag) or Universal NER IOB2 file." };
        var language = new Option<string>("--language") { Description = "The model: de or en.", Required = true };
        var types = new Option<string?>("--types") { Description = "Comma-separated types to score (e.g. PER,ORG,LOC); default all." };
        var minimum = new Option<double?>("--min-f1") { Description = "Exit 3 when the overall F1 is below this." };
        var errors = new Option<int>("--show-errors") { Description = "Print up to N sentences with a wrong name.", DefaultValueFactory = _ => 0 };
        var pipeline = new Option<bool>("--pipeline")
        {
            Description = "Score the whole analyzer (tagger and document-level entity pass) on documents rebuilt from the file: the sentences between '# newdoc' (or -DOCSTART-) lines, each sentence alone when there are none; words joined by spaces, sentences by line breaks.",
        };
        var command = new Command("ner", "Named-entity precision/recall/F1 (exact spans, conlleval style) on a gold NER file.") { file, language, types, minimum, errors, pipeline };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"error: {path}: no such file");
                return ExitCodes.UsageError;
            }

            if (!LanguageCodes.TryParse(parse.GetValue(language), out var lang) || lang == Language.Other)
            {
                stderr.WriteLine("error: --language takes de or en");
                return ExitCodes.UsageError;
            }

            var typeList = parse.GetValue(types)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var gold = NerCorpus.Load(path);
            var recognizer = EntityRecognizer.ForLanguage(lang);
            var evaluation = new NerEvaluation(typeList);
            var showErrors = parse.GetValue(errors);
            var shown = 0;
            var tokens = 0;
            var clock = Stopwatch.StartNew();
            var fromPipeline = parse.GetValue(pipeline) ? PipelineTags(gold, lang) : null;
            for (var s = 0; s < gold.Count; s++)
            {
                var sentence = gold[s];
                var predicted = fromPipeline is null ? recognizer.Tag(sentence.Words) : fromPipeline[s];
                tokens += sentence.Words.Count;
                var score = evaluation.Add(sentence.Tags, predicted);
                if (shown < showErrors && (score.Correct != score.Gold || score.Correct != score.Predicted))
                {
                    shown++;
                    stdout.WriteLine("  gold: " + Render(sentence.Words, sentence.Tags));
                    stdout.WriteLine("  ours: " + Render(sentence.Words, predicted));
                }
            }

            stdout.WriteLine($"{path}: {gold.Count:N0} sentences, {tokens:N0} tokens, {clock.Elapsed.TotalSeconds:0.00} s");
            foreach (var (type, score) in evaluation.ByType)
            {
                stdout.WriteLine($"  {type,-5} {score}");
            }

            var overall = evaluation.Overall;
            stdout.WriteLine($"  all   {overall}");
            foreach (var (type, mistakes) in evaluation.ErrorsByType)
            {
                stdout.WriteLine($"  errors {type,-5} {mistakes}");
            }

            stdout.WriteLine($"  errors all   {evaluation.Errors}");
            if (parse.GetValue(minimum) is { } min && overall.F1 < min)
            {
                stderr.WriteLine($"F1 {overall.F1:0.0000} is below {min}");
                return ExitCodes.BelowThreshold;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs the analyzer on every rebuilt document and turns its entity mentions into each sentence's IOB2 tags.</summary>
    /// <remarks>
    /// A document runs from a sentence that starts one to the next; in a file without document markers every
    /// sentence is a document of its own.
    /// </remarks>
    private static List<string>[] PipelineTags(IReadOnlyList<NerSentence> gold, Language language)
    {
        var analyzer = NewsAnalyzer.Create();
        var result = new List<string>[gold.Count];
        var marked = gold.Any(sentence => sentence.StartsDocument);
        for (var first = 0; first < gold.Count;)
        {
            var end = first + 1;
            while (end < gold.Count && marked && !gold[end].StartsDocument)
            {
                end++;
            }

            // Words joined by one space, sentences by a line break; each word's offset is kept.
            var text = new System.Text.StringBuilder();
            var offsets = new List<int>[end - first];
            for (var s = first; s < end; s++)
            {
                offsets[s - first] = [];
                if (s > first)
                {
                    text.Append('\n');
                }

                for (var w = 0; w < gold[s].Words.Count; w++)
                {
                    if (w > 0)
                    {
                        text.Append(' ');
                    }

                    offsets[s - first].Add(text.Length);
                    text.Append(gold[s].Words[w]);
                }
            }

            var analysis = analyzer.Analyze(text.ToString(), language: language);
            for (var s = first; s < end; s++)
            {
                var words = gold[s].Words;
                var tags = Enumerable.Repeat("O", words.Count).ToList();
                var sentenceStart = offsets[s - first][0];
                var sentenceEnd = offsets[s - first][^1] + words[^1].Length;
                foreach (var mention in analysis.Entities)
                {
                    if (mention.End <= sentenceStart || mention.Start >= sentenceEnd)
                    {
                        continue;
                    }

                    // A mention that runs over a sentence break begins again in the next sentence.
                    var begun = false;
                    for (var w = 0; w < words.Count; w++)
                    {
                        var start = offsets[s - first][w];
                        if (start >= mention.Start && start + words[w].Length <= mention.End)
                        {
                            tags[w] = (begun ? "I-" : "B-") + TypeCode(mention.Type);
                            begun = true;
                        }
                    }
                }

                result[s] = tags;
            }

            first = end;
        }

        return result;
    }

    private static string TypeCode(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>The sentence with each name in brackets and its type: "[Angela Merkel]PER sagte".</summary>
    private static string Render(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var spans = NerEvaluation.Spans(tags);
        var parts = new List<string>();
        var s = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (s < spans.Count && spans[s].Start == i)
            {
                parts.Add("[" + string.Join(' ', words.Skip(i).Take(spans[s].End - i)) + "]" + spans[s].Type);
                i = spans[s].End - 1;
                s++;
            }
            else
            {
                parts.Add(words[i]);
            }
        }

        return string.Join(' ', parts);
    }
}
