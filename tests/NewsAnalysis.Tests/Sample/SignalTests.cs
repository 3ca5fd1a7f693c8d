using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Tests.Sample;

/// <summary>A real process gets SIGTERM in the middle of a batch: its output is still one complete JSON array.</summary>
[NonParallelizable]
public class SignalTests
{
    [Test]
    [Platform("Linux,MacOsX")]
    public async Task SigtermLeavesACompleteJsonArray()
    {
        var tool = Path.Combine(TestContext.CurrentContext.TestDirectory, "NewsAnalysis.Sample.dll");
        var input = Path.Combine(Path.GetTempPath(), "newsanalysis-sigterm-" + Guid.NewGuid().ToString("N") + ".jsonl");
        const int total = 5_000;
        var text = await File.ReadAllTextAsync(Path.Combine(TestPaths.Corpus, "de", "01-ki-startup-finanzierung.txt"));
        await using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < total; i++)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { id = $"n{i}", text }));
            }
        }

        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var arg in new[] { tool, "analyze", input, "--format", "json", "--parallel", "2" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = new StringBuilder();
            var buffer = new char[4096];

            // Wait until documents are coming out, then ask the process to stop.
            while (output.Length < 20_000)
            {
                var n = await process.StandardOutput.ReadAsync(buffer);
                Assert.That(n, Is.GreaterThan(0), "the process ended before it was signalled");
                output.Append(buffer, 0, n);
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
                Assert.That(kill.ExitCode, Is.EqualTo(0));
            }

            output.Append(await process.StandardOutput.ReadToEndAsync());
            Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True);
            Assert.That(process.ExitCode, Is.EqualTo(130), await stderr);

            using var doc = JsonDocument.Parse(output.ToString());
            var ids = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
            Assert.That(ids, Has.Count.GreaterThan(0).And.Count.LessThan(total));
            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, ids.Count).Select(i => $"n{i}")));
            Assert.That(await stderr, Does.Contain("stopped after"));
        }
        finally
        {
            File.Delete(input);
        }
    }
}
