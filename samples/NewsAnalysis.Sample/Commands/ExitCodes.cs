namespace NewsAnalysis.Sample.Commands;

/// <summary>The process exit codes of the command-line tool (documented in README.md).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>Some records failed (each was reported on standard error); the others were processed.</summary>
    public const int RecordsFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>An evaluation fell below its threshold.</summary>
    public const int BelowThreshold = 3;
}
