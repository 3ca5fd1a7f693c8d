using NewsAnalysis.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Changes to the English training sentences that bring them closer to what the model meets: web text that
/// is often written in lower case, and the Universal NER / CoNLL span convention.
/// </summary>
internal static class NerAugmentation
{
    /// <summary>
    /// Drops a leading "the" from every name ("[the United Nations]" → "the [United Nations]"): re3d puts the
    /// article inside hundreds of its spans, Universal NER and CoNLL do not, and a model trained on both
    /// learns to tag the article half the time.
    /// </summary>
    public static NerSentence WithoutLeadingArticles(NerSentence sentence)
    {
        string[]? tags = null;
        for (var i = 0; i + 1 < sentence.Words.Count; i++)
        {
            var tag = sentence.Tags[i];
            if (tag.StartsWith("B-", StringComparison.Ordinal) && sentence.Words[i] is "the" or "The"
                && sentence.Tags[i + 1] == "I-" + tag[2..])
            {
                tags ??= [.. sentence.Tags];
                tags[i] = "O";
                tags[i + 1] = tag;
            }
        }

        return tags is null ? sentence : new NerSentence(sentence.Words, tags);
    }

    /// <summary>
    /// Lower-cased copies of every <paramref name="every"/>-th sentence that contains a name (the choice is by
    /// position, so training stays deterministic): forums and e-mails write "malaysia" and "air asia", and a
    /// model that has only seen capitalised names never tags them.
    /// </summary>
    public static IEnumerable<NerSentence> LowerCasedCopies(IReadOnlyList<NerSentence> sentences, int every)
    {
        var named = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Tags.Any(t => t != "O") && named++ % every == 0)
            {
                yield return new NerSentence([.. sentence.Words.Select(w => w.ToLowerInvariant())], sentence.Tags);
            }
        }
    }
}
