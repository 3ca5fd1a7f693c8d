using System.Globalization;

namespace NewsAnalysis.Sample.Evaluation;

/// <summary>The <c>eval corpus --min</c> gate: "entities=0.80,amounts=0.98,quotes=0.95" (overall F1 per kind).</summary>
internal static class Thresholds
{
    /// <summary>Parses the option; null with an error message when a kind is unknown or a value is not in [0, 1].</summary>
    public static IReadOnlyDictionary<string, double>? Parse(string text, IReadOnlyList<string> kinds, out string? error)
    {
        error = null;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !kinds.Contains(pair[0]))
            {
                error = $"--min takes KIND=F1 pairs separated by commas with KIND one of {string.Join(", ", kinds)}, not '{part}'";
                return null;
            }

            if (!double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
            {
                error = $"--min: '{pair[1]}' is not an F1 between 0 and 1";
                return null;
            }

            result[pair[0]] = value;
        }

        if (result.Count == 0)
        {
            error = "--min needs at least one KIND=F1 pair";
            return null;
        }

        return result;
    }

    /// <summary>
    /// Checks each threshold against the overall F1 of its kind, as the evaluation measured it
    /// (<paramref name="overallF1"/>: kind → F1, one entry per kind it scores). Returns the failures; a kind
    /// without a score is listed in <paramref name="unscored"/> instead (it can neither pass nor fail).
    /// </summary>
    public static IReadOnlyList<string> Check(
        IReadOnlyDictionary<string, double> minimum,
        IReadOnlyDictionary<string, double> overallF1,
        out IReadOnlyList<string> unscored)
    {
        var failures = new List<string>();
        var missing = new List<string>();
        foreach (var (kind, min) in minimum)
        {
            if (!overallF1.TryGetValue(kind, out var f1))
            {
                missing.Add(kind);
                continue;
            }

            if (f1 < min)
            {
                failures.Add($"{kind} F1 {f1:0.0000} is below {min.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        unscored = missing;
        return failures;
    }
}
