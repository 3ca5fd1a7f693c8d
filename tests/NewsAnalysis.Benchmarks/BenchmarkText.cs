using NewsAnalysis.Languages;
using NewsAnalysis.Pipeline;
using NewsAnalysis.Sentences;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Benchmarks;

/// <summary>The benchmark text: the German corpus articles, read once.</summary>
internal static class BenchmarkText
{
    /// <summary>The articles of <c>corpus/de/*.txt</c> in file-name order, separated by a blank line.</summary>
    public static string LoadGermanCorpus()
    {
        var folder = Path.Combine(FindRepositoryRoot(), "corpus", "de");
        var files = Directory.GetFiles(folder, "*.txt");
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No German articles (*.txt) in {folder}.");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return string.Join("\n\n", files.Select(f => File.ReadAllText(f).Trim()));
    }

    /// <summary>A German document of <paramref name="text"/> with its tokens and sentences, ready for the later stages.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="text">The text.</param>
    public static AnalysisDocument TokenizedGermanDocument(string id, string text)
    {
        var tokenizer = new Tokenizer();
        var document = new AnalysisDocument(id, text, null, Language.German);
        new TokenizerStage(tokenizer).Process(document, CancellationToken.None);
        new SentenceStage(new SentenceSplitter(tokenizer)).Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>
    /// Walks up from the working directory and from the assembly's folder to the folder holding
    /// <c>NewsAnalysis.sln</c> (BenchmarkDotNet runs each benchmark in a child process under <c>bin/</c>).
    /// </summary>
    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsAnalysis.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("NewsAnalysis.sln not found above the working directory or the benchmark binaries.");
    }
}
