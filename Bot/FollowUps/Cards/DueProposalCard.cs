using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.FollowUps.Cards;

/// <summary>
/// The card each chair of the forum gets when an owner proposes a new due date: the follow-up,
/// its due date now and the one proposed, with Accept and Refuse while the proposal is still the
/// open question. Once it is answered (by this chair or another) or overtaken, the card says how
/// and has no buttons. The buttons' data names the follow-up, the chair and the proposing change.
/// </summary>
public static class DueProposalCard
{
    /// <param name="settled">The change that answered or overtook the proposal; null while it waits.</param>
    public static JsonObject Build(Language language, NetworkSnapshot network, FollowUp followUp, DueProposal proposal, string chairId, DateOnly today,
        DateTimeOffset now, FollowUpChange? settled = null, CardNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(proposal);
        var proposer = FollowUpCardParts.Name(network, proposal.PersonId);
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Heading(language.Pick("New due date proposed", "Ny frist foreslået")),
            note?.ToBlock(),
            AdaptiveCards.TextBlock(language.Pick(
                $"{proposer} asks to move the due date of this follow-up to {DueDates.Format(proposal.Day, language)}.",
                $"{proposer} beder om at flytte fristen for denne opfølgning til {DueDates.Format(proposal.Day, language)}.")),
            FollowUpCardParts.What(language, followUp, today),
            AdaptiveCards.FactSet(
            [
                FollowUpCardParts.Forum(language, network, followUp),
                (language.Pick("Owner", "Ansvarlig"), FollowUpCardParts.Name(network, followUp.OwnerId)),
                (language.Pick("Due now", "Frist nu"), DueDates.Format(followUp.Due, language)),
                (language.Pick("Proposed", "Foreslået"), DueDates.Format(proposal.Day, language)),
                FollowUpCardParts.Status(language, followUp),
                FollowUpCardParts.Id(followUp),
            ]),
            settled is null ? null : AdaptiveCards.TextBlock(
                language.Pick("Answered: ", "Besvaret: ") + FollowUpTexts.Happened(language, settled, network, now) + ".", subtle: true),
        };
        if (settled is not null || !followUp.IsOpen)
        {
            return AdaptiveCards.Card(body);
        }

        var data = new FollowUpCardData(followUp.Id, chairId, proposal.Version);
        return AdaptiveCards.Card(body,
        [
            AdaptiveCards.ExecuteAction(language.Pick("Accept", "Godkend"), FollowUpCardData.AcceptVerb, data.ToJson(FollowUpCardData.AcceptVerb), "positive"),
            AdaptiveCards.ExecuteAction(language.Pick("Refuse", "Afvis"), FollowUpCardData.RefuseVerb, data.ToJson(FollowUpCardData.RefuseVerb), "destructive"),
        ]);
    }
}
