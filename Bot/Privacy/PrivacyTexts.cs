using ForumBot.Localization;

namespace ForumBot.Privacy;

/// <summary>Why a text with a personal identifier is refused, in the user's language.</summary>
public static class PrivacyTexts
{
    public static string CprRefused(Language language) => language.Pick(
        "This looks like a CPR number. Forum updates are about initiatives, not about named young people: "
        + "they are shared with the forum's members and kept in the network's records, so personal identifiers do not belong in them. "
        + "Please leave the number out (describe the situation without identifying anyone) and send again.",
        "Det ligner et CPR-nummer. Forumopdateringer handler om indsatser, ikke om navngivne unge: "
        + "de deles med forummets medlemmer og gemmes i netværkets optegnelser, så personnumre hører ikke hjemme i dem. "
        + "Udelad nummeret (beskriv situationen uden at nogen kan genkendes), og send igen.");

    /// <summary>Shown next to a card field from which a CPR number was removed before showing it again.</summary>
    public static string CprRemovedFromField(Language language) => language.Pick(
        $"A CPR number was removed from this field (shown as {CprGuard.Redaction}); nothing was saved. Personal identifiers do not belong in forum updates: they are shared with the forum and kept. Check the text and send again.",
        $"Et CPR-nummer er fjernet fra feltet (vist som {CprGuard.Redaction}); intet er gemt. Personnumre hører ikke hjemme i forumopdateringer: de deles med forummet og gemmes. Tjek teksten, og send igen.");
}
