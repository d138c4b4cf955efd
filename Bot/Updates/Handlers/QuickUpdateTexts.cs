using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Model;

namespace ForumBot.Updates.Handlers;

/// <summary>The quick update's answers, in the user's language.</summary>
public static class QuickUpdateTexts
{
    public static string Usage(Language language, IReadOnlyList<Initiative> own) =>
        language.Pick("Write it like this: update <initiative>: <what went well>", "Skriv sådan: opdatering <indsats>: <hvad gik godt>")
        + "\n" + OwnList(language, own);

    public static string NotMatched(Language language, InitiativeMatch match, IReadOnlyList<Initiative> own)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Kind switch
        {
            InitiativeMatchKind.NotOwn => language.Pick(
                $"Only the contacts of {match.Initiative!.Name} and the chairs of its forums can update it.",
                $"Kun kontaktpersonerne for {match.Initiative!.Name} og forpersonerne for dens fora kan opdatere den.") + "\n" + OwnList(language, own),
            InitiativeMatchKind.Ambiguous => language.Pick("That matches more than one of your initiatives; write its id:", "Det passer på flere af dine indsatser; skriv dens id:")
                + "\n" + Lines(match.Candidates),
            _ => language.Pick("I don't know that initiative.", "Den indsats kender jeg ikke.") + "\n" + OwnList(language, own),
        };
    }

    public static string TooLong(Language language, int length) => language.Pick(
        $"That is {UpdateTexts.Number(length, language)} characters; an update text can have at most {UpdateTexts.Number(UpdateContent.MaxTextLength, language)}. Nothing was saved.",
        $"Det er {UpdateTexts.Number(length, language)} tegn; en opdateringstekst må højst have {UpdateTexts.Number(UpdateContent.MaxTextLength, language)}. Intet er gemt.");

    public static string NoOpenCycle(Language language, Initiative initiative, MeetingCycle? next, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var nextText = next is null ? string.Empty : " " + language.Pick(
            $"The next request goes out {UpdateTexts.When(next.PromptAt, zone, language)}.",
            $"Næste anmodning sendes {UpdateTexts.When(next.PromptAt, zone, language)}.");
        return language.Pick(
            $"No update is being collected for {initiative.Name} right now, so nothing was saved.",
            $"Der indsamles ikke opdateringer for {initiative.Name} lige nu, så intet er gemt.") + nextText;
    }

    public static string Saved(Language language, Initiative initiative, Forum forum, MeetingCycle cycle, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(cycle);
        var meeting = UpdateTexts.When(cycle.MeetingStart, zone, language);
        var deadline = UpdateTexts.When(cycle.DeadlineAt, zone, language);
        return language.Pick(
            $"Saved ✓ as \"what went well\" in the update on {initiative.Name} for {forum.Name} ({meeting}). You can change it until {deadline}.",
            $"Gemt ✓ som \"hvad gik godt\" i opdateringen om {initiative.Name} til {forum.Name} ({meeting}). Du kan ændre den indtil {deadline}.");
    }

    private static string OwnList(Language language, IReadOnlyList<Initiative> own) => own.Count == 0
        ? language.Pick("You are not a contact for any initiative.", "Du er ikke kontaktperson for nogen indsats.")
        : language.Pick("Your initiatives:", "Dine indsatser:") + "\n" + Lines(own);

    private static string Lines(IEnumerable<Initiative> initiatives) =>
        string.Join('\n', initiatives.Select(i => $"- {i.Id}: {i.Name}"));
}
