using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.FollowUps.Cards;

/// <summary>
/// What the owner's card shows: the follow-up as stored now, who gave it to its owner, a due date
/// waiting for a chair, the day it is in the network's zone, and the person the card goes to.
/// </summary>
public sealed record FollowUpCardView(Language Language, NetworkSnapshot Network, FollowUp FollowUp, string AssignedBy, DueProposal? Proposal,
    DateOnly Today, string RecipientId)
{
    /// <summary>From the follow-up and its history (oldest first).</summary>
    public static FollowUpCardView Of(Language language, NetworkSnapshot network, FollowUp followUp, IReadOnlyList<FollowUpChange> history, DateOnly today, string recipientId) =>
        new(language, network, followUp, FollowUpHistory.AssignedBy(history, followUp), FollowUpHistory.PendingProposal(history, followUp), today, recipientId);

    public bool RecipientChairs => FollowUpAccess.MayChangeDueDate(Network, Network.FindPerson(RecipientId), FollowUp);
}

/// <summary>
/// The owner's 1:1 card (issue 11, point 6): what, forum, due date, who assigned it, and while it
/// is open three forms that open in the card: mark done (with an optional note), comment, and
/// propose a new due date (a chair sets it straight away). Each button's data names the follow-up,
/// the recipient and the version shown (<see cref="FollowUpCardData"/>). A closed follow-up's card
/// has no buttons.
/// </summary>
public static class FollowUpOwnerCard
{
    public const string NoteId = "note";
    public const string CommentId = "comment";
    public const string DueId = "due";
    public const string DoneSectionId = "doneSection";
    public const string CommentSectionId = "commentSection";
    public const string DueSectionId = "dueSection";

    public static JsonObject Build(FollowUpCardView view, CardNote? note = null, FollowUpForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        form ??= FollowUpForm.Empty;
        var (language, network, followUp) = (view.Language, view.Network, view.FollowUp);
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Heading(followUp.OwnerId == view.RecipientId ? language.Pick("Follow-up for you", "Opfølgning til dig") : language.Pick("Follow-up", "Opfølgning")),
            note?.ToBlock(),
            FollowUpCardParts.What(language, followUp, view.Today),
            AdaptiveCards.FactSet(
            [
                FollowUpCardParts.Forum(language, network, followUp),
                FollowUpCardParts.Due(language, followUp),
                (language.Pick("Owner", "Ansvarlig"), FollowUpCardParts.Name(network, followUp.OwnerId)),
                (language.Pick("Assigned by", "Tildelt af"), FollowUpCardParts.Name(network, view.AssignedBy)),
                FollowUpCardParts.Status(language, followUp),
                FollowUpCardParts.Id(followUp),
            ]),
            view.Proposal is { } proposal ? AdaptiveCards.TextBlock(language.Pick(
                $"{FollowUpCardParts.Name(network, proposal.PersonId)} proposed {DueDates.Format(proposal.Day, language)} as the new due date; a chair of the forum decides.",
                $"{FollowUpCardParts.Name(network, proposal.PersonId)} har foreslået {DueDates.Format(proposal.Day, language)} som ny frist; en forperson for forummet afgør det."), subtle: true) : null,
        };
        if (followUp.IsOpen)
        {
            body.AddRange(Forms(view, form));
        }

        return AdaptiveCards.Card(body);
    }

    private static IEnumerable<JsonNode> Forms(FollowUpCardView view, FollowUpForm form)
    {
        var language = view.Language;
        var data = new FollowUpCardData(view.FollowUp.Id, view.RecipientId, view.FollowUp.Version);

        yield return AdaptiveCards.ToggleButton(language.Pick("Mark done…", "Markér som udført…"), DoneSectionId);
        yield return AdaptiveCards.Section(DoneSectionId, form.Errors.ContainsKey(NoteId),
        [
            .. FollowUpCardParts.WithError(AdaptiveCards.TextInput(NoteId, language.Pick("Note (optional): what came of it?", "Note (valgfri): hvad kom der ud af det?"),
                form.Value(NoteId), FollowUpChange.MaxNoteLength, multiline: true), form, NoteId),
            FollowUpCardParts.ActionSet(AdaptiveCards.ExecuteAction(language.Pick("Mark done", "Markér som udført"), FollowUpCardData.DoneVerb,
                data.ToJson(FollowUpCardData.DoneVerb), "positive")),
        ]);

        yield return AdaptiveCards.ToggleButton(language.Pick("Comment…", "Kommentér…"), CommentSectionId);
        yield return AdaptiveCards.Section(CommentSectionId, form.Errors.ContainsKey(CommentId),
        [
            .. FollowUpCardParts.WithError(AdaptiveCards.TextInput(CommentId, language.Pick("Comment", "Kommentar"),
                form.Value(CommentId), FollowUpChange.MaxNoteLength, multiline: true), form, CommentId),
            FollowUpCardParts.ActionSet(AdaptiveCards.ExecuteAction(language.Pick("Send comment", "Send kommentar"), FollowUpCardData.CommentVerb,
                data.ToJson(FollowUpCardData.CommentVerb))),
        ]);

        var chair = view.RecipientChairs;
        var due = form.Values.ContainsKey(DueId) ? form.Value(DueId) : view.FollowUp.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        yield return AdaptiveCards.ToggleButton(chair ? language.Pick("Change the due date…", "Ændr fristen…") : language.Pick("Propose a new due date…", "Foreslå en ny frist…"), DueSectionId);
        yield return AdaptiveCards.Section(DueSectionId, form.Errors.ContainsKey(DueId),
        [
            .. FollowUpCardParts.WithError(FollowUpCardParts.DateInput(DueId, language.Pick("New due date", "Ny frist"), due, view.Today), form, DueId),
            chair ? null : AdaptiveCards.TextBlock(language.Pick("The forum's chairs get your proposal to accept or refuse.",
                "Forummets forpersoner får dit forslag og godkender eller afviser det."), subtle: true),
            FollowUpCardParts.ActionSet(AdaptiveCards.ExecuteAction(chair ? language.Pick("Change due date", "Ændr frist") : language.Pick("Propose", "Foreslå"),
                FollowUpCardData.ProposeVerb, data.ToJson(FollowUpCardData.ProposeVerb))),
        ]);
    }
}
