using System.Globalization;

namespace NewsAnalysis.Training;

/// <summary>One training command of the dispatcher in Program.cs.</summary>
internal interface ITrainingCommand
{
    /// <summary>The name on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Description { get; }

    /// <summary>The full usage text.</summary>
    string Usage { get; }

    /// <summary>Runs the command and returns the process exit code.</summary>
    int Run(CommandOptions options, TextWriter stdout, TextWriter stderr);
}

/// <summary>Process exit codes of the training tool.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;
}

/// <summary>A command-line mistake; the dispatcher prints it with the command's usage.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// <c>--name value</c> and <c>--flag</c> options. Hand-rolled rather than a parser package: the training tool
/// must not add dependencies, and its commands take a handful of options each.
/// </summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static CommandOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"unexpected argument '{arg}'");
            }

            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            options._values[name] = value;
        }

        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string Required(string name) =>
        _values.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : throw new UsageException($"--{name} is required");

    public string String(string name, string fallback) =>
        _values.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : fallback;

    public int Int(string name, int fallback) => _values.TryGetValue(name, out var v) && v is not null
        ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : throw new UsageException($"--{name} takes a whole number")
        : fallback;

    public double Double(string name, double fallback) => _values.TryGetValue(name, out var v) && v is not null
        ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new UsageException($"--{name} takes a number")
        : fallback;

    /// <summary>Fails on options the command does not know, so that typos do not pass silently.</summary>
    public void OnlyAllow(params string[] names)
    {
        foreach (var name in _values.Keys)
        {
            if (!names.Contains(name))
            {
                throw new UsageException($"unknown option --{name}");
            }
        }
    }
}
