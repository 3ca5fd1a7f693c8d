using NewsAnalysis.Entities.Lexicons;
using NewsAnalysis.Tokenization;

namespace NewsAnalysis.Entities;

internal sealed partial class EntityConsolidator
{
    // German sports articles name a club by its town ("Nürnberg verlor", "Nürnbergs Trainer"). A town the tagger found
    // (a listed city, no country) that a team cue marks at any of its occurrences (IsGermanTeamCue) names a club in the
    // whole article: the cue's mention becomes the club, strongly, and the town's word stands for the club
    // (NameIndex.RegisterClubTown), except after a preposition of place or in a dateline ("in Nürnberg", "Nürnberg.
    // Die …"), where it stays the town. Before the one-word mentions are registered; in place.
    private void TypeGermanTeamTowns(IReadOnlyList<Token> tokens, List<Span> spans, NameIndex names)
    {
        HashSet<string>? towns = null;
        foreach (var span in spans)
        {
            if (span.Count == 1 && span.Type is EntityType.Location or EntityType.Organization && !span.Strong
                && IsTeamTown(NameIndex.GenitiveStem(tokens[span.First].Span)) is var stem && stem.Length > 0)
            {
                (towns ??= new HashSet<string>(StringComparer.Ordinal)).Add(stem.ToString());
            }
        }

        if (towns is null)
        {
            return;
        }

        HashSet<string>? teams = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && char.IsUpper(tokens[i].Span[0]) && !names.IsPlaceByPosition(i) && IsGermanTeamCue(tokens, i))
            {
                var word = tokens[i].Span;
                var town = towns.Contains(word.ToString()) ? word : NameIndex.GenitiveStem(word);
                if (towns.Contains(town.ToString()))
                {
                    (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(town.ToString());
                }
            }
        }

        if (teams is null)
        {
            return;
        }

        foreach (var town in teams)
        {
            names.RegisterClubTown(town);
        }

        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Count == 1 && !span.Strong && span.Type is EntityType.Location or EntityType.Organization && !names.IsPlaceByPosition(span.First)
                && teams.Contains(NameIndex.GenitiveStem(tokens[span.First].Span).ToString()) && IsGermanTeamCue(tokens, span.First))
            {
                spans[k] = span with { Type = EntityType.Organization, Strong = true };
            }
        }
    }

    // "Spitzenreiter Eisbären Berlin": a team title (team-titles.de.txt) before a club's listed team name is no part of
    // the club's name. Before the full names are registered; in place.
    private void StripTeamTitles(IReadOnlyList<Token> tokens, List<Span> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.Type == EntityType.Organization && span.Count >= 3 && _lexicon.TeamTitles.Contains(tokens[span.First].Span)
                && _lexicon.ClubNicknames.Contains(tokens[span.First + 1].Span))
            {
                spans[k] = span with { First = span.First + 1, Strong = true };
            }
        }
    }

    // The word if it is a town that may name a club: a capitalised city the lists know, no country, function word,
    // first name or date word; empty otherwise.
    private ReadOnlySpan<char> IsTeamTown(ReadOnlySpan<char> word)
    {
        const GazetteerFlags never = GazetteerFlags.Country | GazetteerFlags.FunctionWord | GazetteerFlags.DateWord | GazetteerFlags.FirstName
            | GazetteerFlags.Demonym | GazetteerFlags.PersonTitle;
        return word.Length >= 3 && char.IsUpper(word[0]) && (_gazetteer.LookupExact(word) & GazetteerFlags.City) != 0 && (_gazetteer.Lookup(word) & never) == 0
            ? word : [];
    }

    // The words around the town at index that make it a team (German): its genitive before a player or staff noun
    // ("Nürnbergs Trainer"; team-members.de.txt), a team verb right after or before it ("Bamberg siegt", "besiegte
    // Bremerhaven"; team-verbs.de.txt), a score right after it or after one more word ("Stuttgart 2:1", "Bremerhaven
    // gewinnt 4:3"), a score and "gegen"/"über" before it ("mit 3:1 (0:1) gegen Essen"), a game noun and its
    // preposition before it ("Heimsieg gegen Ulm"; team-results.de.txt) or a team title right before it ("Tabellenführer
    // Ulm"; team-titles.de.txt).
    private bool IsGermanTeamCue(IReadOnlyList<Token> tokens, int index)
    {
        var next = index + 1;
        if (next < tokens.Count && (_lexicon.TeamVerbs.Contains(tokens[next].Span) || IsScore(tokens, next)
            || tokens[index].Span[^1] == 's' && _lexicon.TeamMembers.Contains(tokens[next].Span)
            || next + 1 < tokens.Count && IsLowerCaseWord(tokens[next].Span) && IsScore(tokens, next + 1)))
        {
            return true;
        }

        if (index == 0)
        {
            return false;
        }

        var before = tokens[index - 1].Span;
        if (_lexicon.TeamVerbs.Contains(before) || _lexicon.TeamTitles.Contains(before) || IsResultBefore(tokens, index))
        {
            return true;
        }

        if (index < 2 || before is not ("gegen" or "über"))
        {
            return false;
        }

        // "3:1 gegen", "3:1 (0:1) gegen": the final score, with the half-time score in brackets after it.
        var at = index - 2;
        if (at >= 3 && tokens[at].Span is ")" && IsScore(tokens, at - 1) && tokens[at - 2].Span is "(")
        {
            at -= 3;
        }

        return IsScore(tokens, at);
    }

    // A game's score in one token ("4:3", "31:29"; the tokenizer reads it as a time), no time of day ("19:30 Uhr").
    private static bool IsScore(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count || tokens[index].Kind is not (TokenKind.Time or TokenKind.Number))
        {
            return false;
        }

        var score = tokens[index].Span;
        var colon = score.IndexOf(':');
        return colon is >= 1 and <= 3 && score.Length - colon - 1 is >= 1 and <= 3 && !score[..colon].ContainsAnyExceptInRange('0', '9')
            && !score[(colon + 1)..].ContainsAnyExceptInRange('0', '9') && !(index + 1 < tokens.Count && tokens[index + 1].Span is "Uhr" or "h");
    }
}
