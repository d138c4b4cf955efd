using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Cards;
using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;

namespace ForumBot.FollowUps.Agenda;

/// <summary>
/// "Add follow-up" on an agenda item's card (issue 11, point 4): what is to be done, the owner
/// (the forum's chairs and members and the contacts of its initiatives, <see cref="FollowUpAccess.PossibleOwners"/>)
/// and the due date, with one button (<see cref="Verb"/>, handled by <see cref="AddFollowUpFromAgendaHandler"/>).
/// The follow-ups already added on the item are listed above the form.
/// </summary>
public sealed class AddFollowUpPanel(TimeProvider time) : IAgendaItemPanel
{
    public const string Verb = "agenda.followup";
    public const string WhatId = "followup-what";
    public const string OwnerId = "followup-owner";
    public const string DueId = "followup-due";

    /// <summary>After Agendas' decision panel (100).</summary>
    public int Order => 200;

    public bool AppliesTo(AgendaItemScope scope) => scope is not null && !scope.Mark.Removed;

    public IEnumerable<JsonNode> Build(AgendaItemScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var language = scope.Language;
        var today = DueDates.Today(time, scope.Network.TimeZone);
        yield return AdaptiveCards.TextBlock(language.Pick("Add a follow-up", "Tilføj en opfølgning"), size: "Medium", weight: "Bolder");
        if (scope.Mark.FollowUpIds.Count > 0)
        {
            yield return AdaptiveCards.TextBlock(language.Pick(
                $"Follow-ups added on this item: {string.Join(", ", scope.Mark.FollowUpIds)}",
                $"Opfølgninger tilføjet på punktet: {string.Join(", ", scope.Mark.FollowUpIds)}"), subtle: true);
        }

        var culture = StringComparer.Create(language.Culture(), ignoreCase: true);
        var owners = FollowUpAccess.PossibleOwners(scope.Network, scope.Forum)
            .OrderBy(p => p.Name, culture)
            .Select(p => ($"{p.Name} ({scope.Network.FindOrganisation(p.OrganisationId)?.Name ?? p.OrganisationId})", p.Id));
        yield return AdaptiveCards.TextInput(WhatId, language.Pick("What is to be done?", "Hvad skal gøres?"), string.Empty, FollowUp.MaxTextLength, multiline: true);
        yield return AdaptiveCards.ChoiceInput(OwnerId, language.Pick("Owner", "Ansvarlig"), owners, string.Empty, "compact",
            placeholder: language.Pick("Choose who does it", "Vælg, hvem der gør det"));
        yield return FollowUpCardParts.DateInput(DueId, language.Pick("Due", "Frist"), string.Empty, today);
        yield return FollowUpCardParts.ActionSet(AdaptiveCards.ExecuteAction(language.Pick("Add follow-up", "Tilføj opfølgning"), Verb, scope.Data.ToJson(Verb)));
    }
}
