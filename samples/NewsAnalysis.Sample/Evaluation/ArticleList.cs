namespace NewsAnalysis.Sample.Evaluation;

/// <summary>
/// A list of corpus articles, such as <c>corpus/held-out.list</c>: the newest blind round, which the entity taggers are
/// never trained on (<c>NewsAnalysis.Training ner --held-out</c>) and which <c>eval corpus --only</c> scores alone.
/// </summary>
/// <remarks>
/// The file is compiled into the training tool as well (a linked source file), so both read the list alike.
/// One article per line, as a path relative to the list's folder without extension (<c>de/48-slug</c>); <c>#</c>
/// starts a comment. A listed article that does not exist is an error rather than nothing: a misspelt line would
/// otherwise let a held-out article into the training set, or out of a score, without anyone noticing. Immutable and thread-safe.
/// </remarks>
internal sealed class ArticleList
{
    private readonly HashSet<string> _paths;

    private ArticleList(HashSet<string> paths) => _paths = paths;

    /// <summary>The empty list.</summary>
    public static ArticleList None { get; } = new([]);

    /// <summary>How many articles the list names.</summary>
    public int Count => _paths.Count;

    /// <summary>Reads a list.</summary>
    /// <param name="listPath">The list file; its lines are relative to its folder.</param>
    /// <exception cref="InvalidDataException">A listed article has no <c>.txt</c> file.</exception>
    public static ArticleList Load(string listPath)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(listPath)) ?? ".";
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(listPath))
        {
            lineNumber++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(root, line));
            if (!File.Exists(full + ".txt"))
            {
                throw new InvalidDataException($"{listPath}:{lineNumber}: no article {line}.txt beside the list");
            }

            paths.Add(full);
        }

        return new ArticleList(paths);
    }

    /// <summary>Whether the list names the article of this <c>.txt</c> file.</summary>
    /// <param name="textPath">The article's text file.</param>
    public bool Contains(string textPath) => _paths.Contains(Path.ChangeExtension(Path.GetFullPath(textPath), null));
}
