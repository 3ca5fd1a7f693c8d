namespace NewsAnalysis.Training.Entities;

/// <summary>
/// The corpus articles the entity tagger must never be trained on (<c>corpus/held-out.list</c>): the newest blind
/// round, kept back so that its figure stays a figure on unseen text while the older rounds become training data.
/// </summary>
/// <remarks>
/// One article per line, as a path relative to the list's folder without extension (<c>de/48-slug</c>); <c>#</c>
/// starts a comment. A listed article that does not exist is an error rather than nothing: a misspelt line would
/// otherwise let the held-out article into the training set without anyone noticing. Immutable and thread-safe.
/// </remarks>
internal sealed class HeldOutArticles
{
    private readonly HashSet<string> _paths;

    private HeldOutArticles(HashSet<string> paths) => _paths = paths;

    /// <summary>No article held out.</summary>
    public static HeldOutArticles None { get; } = new([]);

    /// <summary>How many articles are held out.</summary>
    public int Count => _paths.Count;

    /// <summary>Reads a held-out list.</summary>
    /// <param name="listPath">The list file; its lines are relative to its folder.</param>
    /// <exception cref="InvalidDataException">A listed article has no <c>.txt</c> file.</exception>
    public static HeldOutArticles Load(string listPath)
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

        return new HeldOutArticles(paths);
    }

    /// <summary>Whether the article of this <c>.txt</c> file is held out.</summary>
    /// <param name="textPath">The article's text file.</param>
    public bool Contains(string textPath) => _paths.Contains(Path.ChangeExtension(Path.GetFullPath(textPath), null));
}
