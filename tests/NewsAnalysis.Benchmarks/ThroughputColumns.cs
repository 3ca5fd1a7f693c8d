using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsAnalysis.Benchmarks;

/// <summary>Adds the two figures the issue asks for: tokens per second and Lucene's time over ours.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new TokensColumn(), new TokensPerSecondColumn(), new LuceneTimeOverOursColumn());
    }
}

/// <summary>Tokens each benchmark produces on the benchmark text (counted once, in the host process).</summary>
internal static class TokenCounts
{
    private static readonly Lazy<(int Lucene, int Ours)> s_counts = new(() =>
    {
        var b = new TokenizerBenchmarks();
        b.Setup();
        var counts = (b.LuceneStandardTokenizer(), b.OurTokenizer());
        b.Cleanup();
        return counts;
    });

    /// <summary>
    /// The token count behind tokens/s: Lucene's own tokens for Lucene, ours for every other benchmark (the
    /// sentence splitter and the pipeline work on the same tokens).
    /// </summary>
    public static int For(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(TokenizerBenchmarks.LuceneStandardTokenizer) ? s_counts.Value.Lucene : s_counts.Value.Ours;

    public static double? MeanNanoseconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean;

    public static BenchmarkCase? Baseline(Summary summary, BenchmarkCase benchmarkCase) =>
        summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline && c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
}

internal abstract class InfoColumn : IColumn
{
    public abstract string Id { get; }
    public abstract string ColumnName { get; }
    public abstract string Legend { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase);
    public override string ToString() => ColumnName;
}

internal sealed class TokensColumn : InfoColumn
{
    public override string Id => "NewsAnalysis.Tokens";
    public override string ColumnName => "Tokens";
    public override string Legend => "Tokens per operation (Lucene: its own tokens; the others: NewsAnalysis tokens)";
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) => TokenCounts.For(benchmarkCase).ToString("N0");
}

internal sealed class TokensPerSecondColumn : InfoColumn
{
    public override string Id => "NewsAnalysis.TokensPerSecond";
    public override string ColumnName => "Tokens/s";
    public override string Legend => "Tokens / Mean";
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        TokenCounts.MeanNanoseconds(summary, benchmarkCase) is { } ns and > 0
            ? (TokenCounts.For(benchmarkCase) / (ns / 1e9)).ToString("N0")
            : "NA";
}

internal sealed class LuceneTimeOverOursColumn : InfoColumn
{
    public override string Id => "NewsAnalysis.LuceneOverOurs";
    public override string ColumnName => "Lucene/this";
    public override string Legend => "Lucene mean / this mean (>= 1.00: at least as fast as Lucene StandardTokenizer)";
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        TokenCounts.Baseline(summary, benchmarkCase) is { } baseline
        && TokenCounts.MeanNanoseconds(summary, baseline) is { } lucene
        && TokenCounts.MeanNanoseconds(summary, benchmarkCase) is { } ours and > 0
            ? (lucene / ours).ToString("F2")
            : "NA";
}
