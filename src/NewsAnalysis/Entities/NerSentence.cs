namespace NewsAnalysis.Entities;

/// <summary>One sentence of an NER corpus: its words and their gold BIO tags ("O", "B-PER", "I-ORG", ...).</summary>
/// <param name="Words">The words as written.</param>
/// <param name="Tags">One tag per word, valid IOB2 over PER/ORG/LOC/MISC.</param>
/// <param name="StartsDocument">
/// Whether the file marks this sentence as the first of a document (a "# newdoc" line before it, or a CoNLL
/// -DOCSTART- line); false in files without document markers.
/// </param>
public sealed record NerSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags, bool StartsDocument = false);
