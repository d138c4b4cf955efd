using ForumBot.Localization;
using ForumBot.Privacy;

namespace ForumBot.Agendas.Actions;

/// <summary>What the agenda's item actions answer, in both languages.</summary>
internal static class ActionTexts
{
    public static string CprInField(Language language) => language.Pick(
        $"A CPR number was removed from this field (shown as {CprGuard.Redaction}); nothing was saved. Personal identifiers do not belong on an agenda: it is shared with the forum and kept. Check the text and save again.",
        $"Et CPR-nummer er fjernet fra feltet (vist som {CprGuard.Redaction}); intet er gemt. Personnumre hører ikke hjemme på en dagsorden: den deles med forummet og gemmes. Tjek teksten, og gem igen.");

    public static string TooLong(Language language, int max, int length) =>
        language.Pick($"At most {max} characters, please (this has {length}). Nothing was saved.", $"Højst {max} tegn (her er {length}). Intet er gemt.");

    public static string NotSaved(Language language) =>
        language.Pick("Not saved: please correct the field marked below.", "Ikke gemt: ret venligst feltet markeret nedenfor.");

    public static string DecisionSaved(Language language) => language.Pick("Decision saved ✓", "Beslutning gemt ✓");

    public static string DecisionCleared(Language language) => language.Pick("Decision cleared ✓", "Beslutning slettet ✓");

    public static string Removed(Language language, string title) =>
        language.Pick($"“{title}” was removed from the agenda.", $"“{title}” er fjernet fra dagsordenen.");

    public static string OnlyProposals(Language language) => language.Pick(
        "Only items members proposed can be removed from the agenda. Nothing was changed.",
        "Kun punkter, som medlemmer har foreslået, kan fjernes fra dagsordenen. Intet er ændret.");
}
