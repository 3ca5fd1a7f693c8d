namespace NewsAnalysis.Entities;

/// <summary>Which optional feature groups a model was trained with (stored in the model file).</summary>
[Flags]
internal enum NerFeatureSet
{
    /// <summary>Only the word, shape, affix and context templates.</summary>
    Base = 0,

    /// <summary>Gazetteer flags of the word and its neighbours.</summary>
    Gazetteer = 1,

    /// <summary>Word-cluster classes of the word and its neighbours.</summary>
    Clusters = 2,

    /// <summary>Character trigrams of the word.</summary>
    CharacterNgrams = 4,

    /// <summary>
    /// Name flags of a lower-case word's capitalised form ("kerala" as "Kerala"): web text writes names in
    /// lower case (the English model; needs <see cref="Gazetteer"/>).
    /// </summary>
    LowerCaseNames = 8,
}
