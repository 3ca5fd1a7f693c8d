using NewsAnalysis.Pipeline;

namespace NewsAnalysis;

/// <summary>Builds a <see cref="NewsAnalyzer"/>: the standard stages, plus any the caller adds.</summary>
public sealed class NewsAnalyzerBuilder
{
    private readonly NewsAnalyzerOptions _options;
    private readonly List<IAnalysisStage> _stages;

    internal NewsAnalyzerBuilder(NewsAnalyzerOptions options)
    {
        _options = options;
        _stages = [.. NewsAnalyzer.StandardStages(options)];
    }

    /// <summary>The names of the stages so far, in order.</summary>
    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToList();

    /// <summary>Appends a stage after the existing ones.</summary>
    /// <param name="stage">A thread-safe stage.</param>
    public NewsAnalyzerBuilder AddStage(IAnalysisStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Removes the stage called <paramref name="name"/>, if present.</summary>
    /// <param name="name">The stage's name.</param>
    public NewsAnalyzerBuilder RemoveStage(string name)
    {
        _stages.RemoveAll(s => s.Name == name);
        return this;
    }

    /// <summary>Builds the analyzer. The builder can be reused.</summary>
    public NewsAnalyzer Build() => NewsAnalyzer.FromStages(_options, _stages);
}
