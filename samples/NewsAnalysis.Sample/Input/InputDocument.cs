using NewsAnalysis.Languages;

namespace NewsAnalysis.Sample.Input;

/// <summary>One record read from the inputs: an article, or the reason it could not be read.</summary>
/// <param name="Origin">Where it came from: a file, "file:line", or "stdin".</param>
/// <param name="Article">The article, or null when reading failed.</param>
/// <param name="Error">Why the record could not be read, or null.</param>
internal sealed record InputDocument(string Origin, Article? Article, string? Error)
{
    public static InputDocument Ok(string origin, string id, string text, string? title = null, Language? language = null) =>
        new(origin, new Article(id, text, title, language), null);

    public static InputDocument Failed(string origin, string error) => new(origin, null, error);
}
