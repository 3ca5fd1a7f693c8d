using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NewsAnalysis.Sample;

namespace NewsAnalysis.Tests.Rendering;

/// <summary>
/// <c>render</c> in a real headless browser (Debian's chromium, which <c>.ci/run</c> installs): a corpus article
/// with a hostile paragraph appended is rendered, and the DOM the browser built is checked — the highlighted
/// spans exist and nothing from the article ran. A control page shows that this browser does run scripts, so
/// their absence is meaningful. Skipped outside CI when no chromium is installed; a failure in CI.
/// </summary>
[NonParallelizable]
public class BrowserRenderTests
{
    private const string Hostile = "\n\n<script>document.body.setAttribute('data-pwned','script')</script>" +
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> Ende.";

    private string _dir = null!;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsanalysis-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task RenderedCorpusArticleHasItsMarksAndRunsNoArticleScript()
    {
        var browser = FindBrowser();
        var source = Path.Combine(TestPaths.Corpus, "de", "01-ki-startup-finanzierung.txt");
        var text = await File.ReadAllTextAsync(source) + Hostile;
        var input = Path.Combine(_dir, "article.txt");
        await File.WriteAllTextAsync(input, text);
        var page = Path.Combine(_dir, "article.html");
        var exit = await Program.RunAsync(["render", input, "--out", page], new StringReader(string.Empty), new MemoryStream(), new StringWriter(), new StringWriter());
        Assert.That(exit, Is.EqualTo(0));

        var analysis = NewsAnalyzer.Create().Analyze(text, "article");
        var dom = DumpDom(browser, page);
        Assert.Multiple(() =>
        {
            Assert.That(analysis.Amounts, Is.Not.Empty);
            Assert.That(Regex.Matches(dom, "<mark class=\"amount ").Count, Is.EqualTo(analysis.Amounts.Length), "every amount is highlighted");
            Assert.That(Regex.Matches(dom, "<mark class=\"entity ").Count, Is.EqualTo(analysis.Entities.Length), "every entity is highlighted");
            Assert.That(Regex.Matches(dom, "<span class=\"quote ").Count, Is.EqualTo(analysis.Quotes.Length), "every quote is highlighted");
            Assert.That(dom, Does.Contain("data-value=\"113000000\""));
            Assert.That(Regex.Match(dom, "<body[^>]*>").Value, Does.Not.Contain("data-pwned"), "no script from the article ran");
            Assert.That(Regex.IsMatch(dom, "<(script|img)\\b"), Is.False, "the article's tags are not elements");
            Assert.That(dom, Does.Contain("&lt;script&gt;document.body.setAttribute"), "the article's markup is shown as text");
        });

        // The screenshot shows the highlights: pixels of the amount colour (#fff3a6), far more than the legend has.
        var screenshot = Path.Combine(_dir, "article.png");
        RunBrowser(browser, page, "--window-size=1200,1600", "--screenshot=" + screenshot);
        var legendOnly = Path.Combine(_dir, "legend.html");
        File.WriteAllText(legendOnly, File.ReadAllText(page).Split("<article")[0] + "</body></html>");
        var legendShot = Path.Combine(_dir, "legend.png");
        RunBrowser(browser, legendOnly, "--window-size=1200,1600", "--screenshot=" + legendShot);
        var amountPixels = PngPixels.Count(screenshot, (0xFF, 0xF3, 0xA6), 6);
        var legendPixels = PngPixels.Count(legendShot, (0xFF, 0xF3, 0xA6), 6);
        TestContext.Out.WriteLine($"amount-colour pixels: article page {amountPixels}, legend only {legendPixels}");
        Assert.That(legendPixels, Is.GreaterThan(0), "the colour is found where it is known to be");
        Assert.That(amountPixels, Is.GreaterThan(5 * legendPixels), "the article's amounts are painted");
    }

    [Test]
    public void ControlTheBrowserRunsScriptsOnAPlainPage()
    {
        var browser = FindBrowser();
        var page = Path.Combine(_dir, "control.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><p>x</p><script>document.body.setAttribute('data-ran','yes')</script></body></html>");
        Assert.That(DumpDom(browser, page), Does.Contain("data-ran=\"yes\""));
    }

    private static string FindBrowser()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail("chromium is not installed (.ci/run installs Debian's chromium)");
        }

        Assert.Ignore("chromium is not installed; .ci/run installs it");
        return string.Empty;
    }

    private string DumpDom(string browser, string page)
    {
        var dom = RunBrowser(browser, page, "--virtual-time-budget=2000", "--dump-dom");
        Assert.That(dom, Does.Contain("</html>"), "chromium printed no DOM");
        return dom;
    }

    private string RunBrowser(string browser, string page, params string[] mode)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        string[] args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
            "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + Path.Combine(_dir, "profile"), .. mode, new Uri(page).AbsoluteUri,
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 90 s");
        }

        Assert.That(process.ExitCode, Is.EqualTo(0), "chromium failed: " + stderr.GetAwaiter().GetResult());
        return stdout.GetAwaiter().GetResult();
    }
}
