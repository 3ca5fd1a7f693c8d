namespace NewsAnalysis.Sample.Output;

/// <summary>Decides whether progress and the summary are shown: only for a person at a terminal.</summary>
internal static class Terminal
{
    /// <summary>True when standard error is the process's own, a terminal, outside CI, and not --quiet.</summary>
    public static bool ShowsProgress(TextWriter stderr, bool quiet) =>
        ShowsProgress(ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected, Environment.GetEnvironmentVariable("CI"), quiet);

    /// <summary>The rule itself: a terminal, no <c>CI</c> variable (any non-empty value but "false"/"0"), not quiet.</summary>
    public static bool ShowsProgress(bool isTerminal, string? ciVariable, bool quiet) =>
        isTerminal && !quiet && (string.IsNullOrEmpty(ciVariable) || ciVariable is "0" || ciVariable.Equals("false", StringComparison.OrdinalIgnoreCase));
}
