using System.Reflection;

namespace NewsAnalysis.Lexicons;

/// <summary>Reads the lexicons and models that ship inside the assembly as embedded resources.</summary>
internal static class EmbeddedResources
{
    private const string Prefix = "NewsAnalysis.Resources.";

    /// <summary>Opens a resource by its path below <c>Resources/</c>, with '/' separators.</summary>
    public static Stream Open(string path)
    {
        // The logical name keeps the folder separator of the machine that built the package.
        var assembly = typeof(EmbeddedResources).Assembly;
        var name = Prefix + path;
        return assembly.GetManifestResourceStream(name)
            ?? assembly.GetManifestResourceStream(Prefix + path.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(EmbeddedResources).Assembly.GetName().Name}; the package is damaged.");
    }

    /// <summary>
    /// The data lines of a text lexicon: UTF-8, one entry per line, '#' starts a comment line, blank lines
    /// are skipped, trailing white space is removed.
    /// </summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(Open(path));
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            yield return trimmed;
        }
    }

    /// <summary>The names of all embedded resources (for diagnostics and tests).</summary>
    public static IReadOnlyList<string> Names() =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).ToList();
}
