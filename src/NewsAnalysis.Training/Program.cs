using NewsAnalysis.Training;
using NewsAnalysis.Training.Amounts;
using NewsAnalysis.Training.Entities;
using NewsAnalysis.Training.Languages;
using NewsAnalysis.Training.Quotes;
using NewsAnalysis.Training.Sentences;

// A small command dispatcher: one training command per model the library embeds.
var commands = new ITrainingCommand[]
{
    new LanguageCommand(),
    new CurrenciesCommand(),
    new NerCommand(),
    new GazetteerCommand(),
    new ClustersCommand(),
    new FirstNamesCommand(),
    new SentencesCommand(),
};

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Usage(Console.Out);
    return args.Length == 0 ? ExitCodes.UsageError : ExitCodes.Success;
}

var command = commands.FirstOrDefault(c => c.Name == args[0]);
if (command is null)
{
    Console.Error.WriteLine($"error: unknown command '{args[0]}'");
    Usage(Console.Error);
    return ExitCodes.UsageError;
}

try
{
    var options = CommandOptions.Parse(args.AsSpan(1));
    if (options.Has("help"))
    {
        Console.Out.WriteLine(command.Usage);
        return ExitCodes.Success;
    }

    return command.Run(options, Console.Out, Console.Error);
}
catch (UsageException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(command.Usage);
    return ExitCodes.UsageError;
}

void Usage(TextWriter writer)
{
    writer.WriteLine("usage: NewsAnalysis.Training <command> [options]   (<command> --help for its options)");
    writer.WriteLine();
    writer.WriteLine("commands:");
    foreach (var c in commands)
    {
        writer.WriteLine($"  {c.Name,-12} {c.Description}");
    }
}
