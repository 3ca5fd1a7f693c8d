namespace NewsAnalysis.Training;

/// <summary>
/// The rule that keeps evaluation text out of the entity models' inputs (training sentences, gazetteer counts,
/// cluster text), by file name rather than by a list of files, so that a file added later is covered too:
/// <list type="bullet">
/// <item>Universal Dependencies test splits (<c>*-ud-test.*</c>, or <c>*-test.*</c> inside a <c>ud</c>
/// folder): the token and sentence evaluation, and Universal NER files carry the same names;</item>
/// <item>the English Web Treebank's dev split (<c>*en_ewt-ud-dev*</c>) and everything in <c>uner-ewt</c> except
/// a train split: the Universal NER English-EWT dev set we report on is that text;</item>
/// <item>GermEval 2014 dev and test (<c>NER-de-dev*</c>, <c>NER-de-test*</c>): the German tuning and report set
/// and the official test set held apart.</item>
/// </list>
/// Other corpora's test splits (WNUT-17, BTC, WikiANN, SEC filings) are training data here: we never report on them.
/// </summary>
internal static class EvaluationFiles
{
    /// <summary>Whether <paramref name="file"/> is evaluation text that no entity-model input may read.</summary>
    public static bool IsEvaluation(string file)
    {
        var name = Path.GetFileName(file);
        var folders = Path.GetDirectoryName(Path.GetFullPath(file))!.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var inUd = folders.Contains("ud", StringComparer.Ordinal) || name.Contains("-ud-", StringComparison.Ordinal);
        return (inUd && name.Contains("-test.", StringComparison.Ordinal))
            || name.Contains("en_ewt-ud-dev", StringComparison.Ordinal)
            || (folders.Contains("uner-ewt", StringComparer.Ordinal) && !name.Contains("-train.", StringComparison.Ordinal))
            || name.StartsWith("NER-de-dev", StringComparison.Ordinal)
            || name.StartsWith("NER-de-test", StringComparison.Ordinal);
    }

    /// <summary>Returns <paramref name="file"/>, or throws when it is evaluation text (<see cref="IsEvaluation"/>).</summary>
    /// <exception cref="UsageException">The file is evaluation text.</exception>
    public static string RequireTrainingInput(string file) => IsEvaluation(file)
        ? throw new UsageException($"{file} is evaluation text (a UD test split, UNER/EWT dev or GermEval dev/test); it is never a training input")
        : file;
}
