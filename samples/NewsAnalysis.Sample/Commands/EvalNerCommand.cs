using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Entities;
using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Commands;

/// <summary>
/// <c>eval ner FILE --language de|en</c>: tags the sentences of an NER corpus (GermEval TSV, CoNLL, Universal
/// NER IOB2) with the embedded model and prints conlleval-style exact-span precision/recall/F1 per type.
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
        var command = new Command("ner", "Named-entity precision/recall/F1 (exact spans, conlleval style) on a gold NER file.") { file, language, types, minimum, errors };
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
            foreach (var sentence in gold)
            {
                var predicted = recognizer.Tag(sentence.Words);
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
