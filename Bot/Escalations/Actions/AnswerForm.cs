using System.Text.Json;
using ForumBot.Agendas.Actions;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Model;
using ForumBot.Network;
using ForumBot.Privacy;

namespace ForumBot.Escalations.Actions;

/// <summary>
/// The answer panel's inputs, checked: which button, the text (required for every kind: for
/// "not for us" it is the reason), and for a follow-up its owner (someone who may own a follow-up
/// of the forum) and due date (today or later, in the network's zone).
/// </summary>
internal sealed record AnswerForm(EscalationAnswerKind Kind, string Text, Person? Owner, DateOnly? Due, (string Code, string Text)? Problem)
{
    public static AnswerForm Read(JsonElement? data, AgendaItemScope scope, DateTimeOffset now)
    {
        var kindWord = CardInputs.Text(data, AnswerPanel.KindField);
        var kind = EscalationKeys.AnswerKind(kindWord);
        var text = CardInputs.Text(data, AnswerPanel.TextInput);
        AnswerForm Refuse(string code, string english, string danish) => new(kind, text, null, null, (code, scope.Pick(english, danish)));

        if (kindWord != EscalationKeys.Word(kind))
        {
            return Refuse("no kind", "This card can no longer be used. Nothing was changed.", "Dette kort kan ikke længere bruges. Intet er ændret.");
        }

        if (text.Length == 0)
        {
            return kind switch
            {
                EscalationAnswerKind.NotForUs => Refuse("no reason", "Say why it is not for this forum: \"not for us\" needs a reason. Nothing was changed.",
                    "Skriv, hvorfor det ikke er for dette forum: \"ikke for os\" kræver en begrundelse. Intet er ændret."),
                EscalationAnswerKind.FollowUp => Refuse("no text", "Write what is to be followed up. Nothing was changed.",
                    "Skriv, hvad der skal følges op på. Intet er ændret."),
                _ => Refuse("no text", "Write the decision first. Nothing was changed.", "Skriv beslutningen først. Intet er ændret."),
            };
        }

        if (CprGuard.ContainsCpr(text))
        {
            return new(kind, text, null, null, ("cpr", PrivacyTexts.CprRefused(scope.Language)));
        }

        var max = kind == EscalationAnswerKind.FollowUp ? FollowUp.MaxTextLength : Escalation.MaxAnswerLength;
        if (text.Length > max)
        {
            return Refuse("too long", $"The answer can be at most {max} characters (it has {text.Length}).", $"Svaret må højst være {max} tegn (det har {text.Length}).");
        }

        if (kind != EscalationAnswerKind.FollowUp)
        {
            return new(kind, text, null, null, null);
        }

        var ownerId = CardInputs.Text(data, AnswerPanel.OwnerInput);
        if (FollowUpAccess.PossibleOwners(scope.Network, scope.Forum).FirstOrDefault(p => p.Id == ownerId) is not { } owner)
        {
            return Refuse("no owner", $"Choose the follow-up's owner from the list (the chairs and members of {scope.Forum.Name} and its initiatives' contacts). Nothing was changed.",
                $"Vælg opfølgningens ansvarlige fra listen (forpersoner og medlemmer af {scope.Forum.Name} og dets indsatsers kontaktpersoner). Intet er ændret.");
        }

        var typed = CardInputs.Text(data, AnswerPanel.DueInput);
        if (typed.Length == 0)
        {
            return Refuse("no due", "Give the follow-up a due date. Nothing was changed.", "Giv opfølgningen en frist. Intet er ændret.");
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, scope.Network.TimeZone).DateTime);
        var due = DueDates.Parse(typed, today);
        return due.Day is { } day
            ? new(kind, text, owner, day, null)
            : new(kind, text, owner, null, ("bad due", DueDates.Problem(scope.Language, due.Problem, typed)));
    }
}
