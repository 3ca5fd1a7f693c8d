namespace NewsAnalysis.Tokenization;

/// <summary>Which tokenization conventions the tokenizer follows.</summary>
public enum TokenizationScheme
{
    /// <summary>
    /// The product default for news analysis: hyphenated compounds ("KI-Start-up", "25-fache") and truncated
    /// compounds ("Ein-") stay whole, as readers and entity recognisers want them.
    /// </summary>
    Press,

    /// <summary>
    /// Universal Dependencies conventions (as in UD German GSD and English EWT): hyphens inside words are
    /// tokens of their own. Used to compare with UD gold data and with tools trained on it.
    /// </summary>
    UniversalDependencies,
}
