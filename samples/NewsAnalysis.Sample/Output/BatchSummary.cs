using System.Diagnostics;
using NewsAnalysis.Serialization;
using Spectre.Console;

namespace NewsAnalysis.Sample.Output;

/// <summary>Counts of a batch for the summary table: documents, tokens, entities by type, amounts by kind, quotes, failures.</summary>
internal sealed class BatchSummary
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly SortedDictionary<string, long> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _amounts = new(StringComparer.Ordinal);

    public long Documents { get; private set; }

    public long Failures { get; private set; }

    public long Characters { get; private set; }

    public long Tokens { get; private set; }

    public long Quotes { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public double DocumentsPerSecond => Documents / Math.Max(Elapsed.TotalSeconds, 1e-3);

    public void Add(ArticleAnalysis analysis)
    {
        Documents++;
        Characters += analysis.Text.Length;
        Tokens += analysis.Tokens.Length;
        Quotes += analysis.Quotes.Length;
        foreach (var e in analysis.Entities)
        {
            var type = AnalysisJson.TypeName(e.Type);
            _entities[type] = _entities.GetValueOrDefault(type) + 1;
        }

        foreach (var a in analysis.Amounts)
        {
            var kind = AnalysisJson.KindName(a.Kind);
            _amounts[kind] = _amounts.GetValueOrDefault(kind) + 1;
        }
    }

    public void AddFailure() => Failures++;

    /// <summary>The summary as a two-column table (what, count).</summary>
    public Table ToTable()
    {
        var table = new Table().Title("NewsAnalysis summary").AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("documents", Documents.ToString("N0"));
        table.AddRow("tokens", Tokens.ToString("N0"));
        table.AddRow("entities", _entities.Values.Sum().ToString("N0"));
        foreach (var (type, count) in _entities)
        {
            table.AddRow("  " + type, count.ToString("N0"));
        }

        table.AddRow("amounts", _amounts.Values.Sum().ToString("N0"));
        foreach (var (kind, count) in _amounts)
        {
            table.AddRow("  " + kind, count.ToString("N0"));
        }

        table.AddRow("quotes", Quotes.ToString("N0"));
        table.AddRow("failures", Failures.ToString("N0"));
        table.AddRow("time", $"{Elapsed.TotalSeconds:N1} s");
        table.AddRow("throughput", $"{DocumentsPerSecond:N1} documents/s, {Characters / 1e6 / Math.Max(Elapsed.TotalSeconds, 1e-3):N2} M characters/s");
        return table;
    }

    /// <summary>Writes the table as plain text (no colours or control codes) to a writer.</summary>
    public void WritePlain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 100;
        console.Write(ToTable());
    }
}
