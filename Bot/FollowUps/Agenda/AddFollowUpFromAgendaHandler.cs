using System.Text.Json;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Meetings;
using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.FollowUps.Agenda;

/// <summary>
/// "Add follow-up" on an agenda item (<see cref="AddFollowUpPanel"/>): behind <see cref="AgendaItemGate"/>
/// (a chair of the forum, an item on a real, open meeting's agenda), it checks the form, creates the
/// follow-up with origin AgendaItem and OriginRef "&lt;meetingId&gt;|&lt;itemKey&gt;", records its id
/// on the item's marks for the minutes, and sends the owner their card. A faulty field answers
/// with the item card and the error under that field; nothing is saved.
/// </summary>
public sealed class AddFollowUpFromAgendaHandler(AgendaItemGate gate, AgendaItemCards cards, FollowUpStore store, MeetingStore meetings,
    FollowUpNotifier notifier, TimeProvider time, ILogger<AddFollowUpFromAgendaHandler> logger) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var language = scope.Language;
        var form = Read(scope, turn.ActionData, DueDates.Today(time, scope.Network.TimeZone));
        if (form.Errors.Count > 0)
        {
            FollowUpsLog.FormRefused(logger, "agenda:" + scope.Forum.Id, string.Join(',', form.Errors.Keys.Order(StringComparer.Ordinal)));
            var note = FollowUpNotes.Warning(language.Pick("No follow-up was added: please correct the fields marked below.", "Ingen opfølgning er tilføjet: ret venligst felterne markeret nedenfor."));
            return CardActionResult.ReplaceCard(PanelForm.Apply(cards.Build(scope, note), form));
        }

        var owner = scope.Network.FindPerson(form.Value(AddFollowUpPanel.OwnerId))!;
        var itemKey = scope.Item.Item.Key;
        var followUp = new FollowUp(FollowUpIds.New(), scope.Forum.Id, FollowUpOrigin.AgendaItem, $"{scope.Meeting.MeetingId}|{itemKey}",
            form.Value(AddFollowUpPanel.WhatId), owner.Id, owner.OrganisationId, FollowUpKeys.ParseDay(form.Value(AddFollowUpPanel.DueId)),
            FollowUpStatus.Open, scope.Person.Id, time.GetUtcNow(), 0);
        var created = (await store.CreateAsync(followUp, cancellationToken)).FollowUp;
        FollowUpsLog.Created(logger, created.Id, scope.Forum.Id, scope.Person.Id, owner.Id);
        var mark = await meetings.MarkItemAsync(scope.Forum.Id, scope.Meeting.MeetingId, itemKey,
            m => m.FollowUpIds.Contains(created.Id) ? m : m with { FollowUpIds = [.. m.FollowUpIds, created.Id] }, cancellationToken);
        var told = await notifier.AssignedAsync(scope.Network, created, scope.Person.Id, cancellationToken);

        var items = new Dictionary<string, ItemMark>(scope.Record.Items, StringComparer.Ordinal) { [itemKey] = mark };
        var after = scope with { Record = scope.Record with { Items = items } };
        var due = DueDates.Format(created.Due, language);
        var added = language.Pick($"Follow-up {created.Id} added ✓: {owner.Name}, due {due}.", $"Opfølgning {created.Id} tilføjet ✓: {owner.Name}, senest {due}.")
            + (told ? language.Pick($" {owner.Name} gets a card.", $" {owner.Name} får et kort.") : FollowUpTexts.OwnerNotTold(language, scope.Network, created));
        return CardActionResult.ReplaceCard(cards.Build(after, FollowUpNotes.Good(added)));
    }

    /// <summary>The form as posted, with an error for each faulty field; the owner as a person id of a possible owner, the due day as "yyyy-MM-dd".</summary>
    private FollowUpForm Read(AgendaItemScope scope, JsonElement? posted, DateOnly today)
    {
        var language = scope.Language;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        var what = FollowUpCardData.Input(posted, AddFollowUpPanel.WhatId);
        values[AddFollowUpPanel.WhatId] = CprGuard.Redact(what);
        if (what.Length == 0)
        {
            errors[AddFollowUpPanel.WhatId] = language.Pick("Write what is to be done.", "Skriv, hvad der skal gøres.");
        }
        else if (what.Length > FollowUp.MaxTextLength)
        {
            errors[AddFollowUpPanel.WhatId] = FollowUpTexts.TooLong(language, what.Length);
        }
        else if (CprGuard.ContainsCpr(what))
        {
            FollowUpsLog.CprRefused(logger);
            errors[AddFollowUpPanel.WhatId] = PrivacyTexts.CprRefused(language);
        }
        else
        {
            values[AddFollowUpPanel.WhatId] = what;
        }

        var ownerId = FollowUpCardData.Input(posted, AddFollowUpPanel.OwnerId);
        if (FollowUpAccess.PossibleOwners(scope.Network, scope.Forum).Any(p => p.Id == ownerId))
        {
            values[AddFollowUpPanel.OwnerId] = ownerId;
        }
        else
        {
            errors[AddFollowUpPanel.OwnerId] = ownerId.Length == 0
                ? language.Pick("Choose who does it.", "Vælg, hvem der gør det.")
                : language.Pick($"Choose the owner among the people of {scope.Forum.Name}.", $"Vælg den ansvarlige blandt folkene i {scope.Forum.Name}.");
        }

        var typed = FollowUpCardData.Input(posted, AddFollowUpPanel.DueId);
        var due = DueDates.Parse(typed, today);
        if (due.Day is { } day)
        {
            values[AddFollowUpPanel.DueId] = FollowUpKeys.Day(day);
        }
        else
        {
            values[AddFollowUpPanel.DueId] = typed;
            errors[AddFollowUpPanel.DueId] = typed.Length == 0 ? language.Pick("Choose the due date.", "Vælg fristen.") : DueDates.Problem(language, due.Problem, typed);
        }

        return new FollowUpForm(values, errors);
    }
}
