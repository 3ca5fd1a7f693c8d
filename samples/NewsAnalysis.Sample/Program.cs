using System.CommandLine;
using System.Runtime.InteropServices;
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

        // Ctrl-C and SIGTERM ask the running command to stop cleanly (its output stays complete and valid);
        // a second Ctrl-C ends the process at once.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = !stop.IsCancellationRequested;
            stop.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        // Standard input is UTF-8 (or what its byte order mark says); invalid bytes fail only their record.
        using var stdin = new StreamReader(Console.OpenStandardInput(), Input.TextDecoding.FromName("utf-8")!, detectEncodingFromByteOrderMarks: true);
        return await RunAsync(args, stdin, buffered, stdoutText, Console.Error, stop.Token);
    }

    /// <summary>Runs the tool with the given streams (used by the tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, Stream stdout, TextWriter stdoutText, TextWriter stderr, CancellationToken stop = default)
    {
        var root = new RootCommand("NewsAnalysis: tokens, sentences, entities, amounts and quotes from German and English news.")
        {
            AnalyzeCommand.Create(stdin, stdout, stdoutText, stderr, stop),
            EvalCommand.Create(stdoutText, stderr),
            RenderCommand.Create(stdin, stderr),
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

        var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = stdoutText, Error = stderr, ProcessTerminationTimeout = null });
        await stdout.FlushAsync();
        return exit;
    }
}
