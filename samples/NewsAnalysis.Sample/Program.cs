using System.CommandLine;
using NewsAnalysis.Sample.Commands;

namespace NewsAnalysis.Sample;

/// <summary>The sample app and command-line tool: <c>analyze</c> and <c>eval</c>.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's console streams.</summary>
    public static async Task<int> Main(string[] args)
    {
        Console.InputEncoding = System.Text.Encoding.UTF8;
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        using var stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 16);
        var stdoutText = new StreamWriter(buffered, new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        // Awaited here so that the streams are disposed only after the command has finished writing.
        return await RunAsync(args, Console.In, buffered, stdoutText, Console.Error);
    }

    /// <summary>Runs the tool with the given streams (used by the tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, Stream stdout, TextWriter stdoutText, TextWriter stderr)
    {
        var root = new RootCommand("NewsAnalysis: tokens, sentences, entities, amounts and quotes from German and English news.")
        {
            AnalyzeCommand.Create(stdin, stdout, stderr),
            EvalCommand.Create(stdoutText, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.UsageError;
        }

        var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = stdoutText, Error = stderr });
        await stdout.FlushAsync();
        return exit;
    }
}
