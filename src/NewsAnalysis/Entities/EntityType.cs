namespace NewsAnalysis.Entities;

/// <summary>Named-entity types (GermEval 2014 conventions; OTH is <see cref="Misc"/>).</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: company, institution, party, team, newspaper.</summary>
    Organization,
    /// <summary>A location: country, city, region, river, address.</summary>
    Location,
    /// <summary>Anything else with a name: products, events, works, laws.</summary>
    Misc,
}
