using System.CommandLine;
using NewsAnalysis.Sample.Evaluation;

namespace NewsAnalysis.Sample.Commands;

/// <summary><c>eval quotes</c>: the quote stage against SpkAtt-2023 speaker-attribution gold.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folders = new Argument<string[]>("gold") { Description = "SpkAtt-2023 task-1 folders (JSON per speech), e.g. ../shared/data/quotes/de/spkatt2023/dev.", Arity = ArgumentArity.OneOrMore };
        var errors = new Option<int>("--show-errors") { Description = "Print up to N missed or wrongly attributed quotes.", DefaultValueFactory = _ => 0 };
        var command = new Command("quotes", "Quoted messages with a source in SpkAtt-2023: how many the quote stage finds and how many get the right speaker.") { folders, errors };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(folders)!;
            foreach (var path in paths)
            {
                if (!Directory.Exists(path))
                {
                    stderr.WriteLine($"error: {path}: no such folder");
                    return ExitCodes.UsageError;
                }
            }

            var r = SpkAttEvaluation.Evaluate(NewsAnalyzer.Create(), SpkAttSpeech.LoadFolders(paths), parse.GetValue(errors));
            stdout.WriteLine($"{string.Join(", ", paths)}: {r.Speeches} speeches, {r.Annotations} annotations");
            foreach (var (label, c) in new[] { ("direct (message opens with a mark)", r.Direct), ("any (message contains marks)", r.Any) })
            {
                stdout.WriteLine($"  {label}: gold {c.Gold}, found {c.Found} (recall {Ratio(c.Found, c.Gold):0.0000}), speaker right {c.SpeakerRight} ({Ratio(c.SpeakerRight, c.Gold):0.0000} of gold, {Ratio(c.SpeakerRight, c.Found):0.0000} of found)");
            }

            stdout.WriteLine($"  predicted direct/partial quotes {r.Predicted}, inside some annotated message {r.PredictedInMessage}");
            foreach (var line in r.Examples)
            {
                stdout.WriteLine("  " + line);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
