using System.Globalization;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Privacy;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Model;

namespace ForumBot.Updates.Submission;

/// <summary>The verdict on a posted form: the content to store, or errors by input id and the form to show again.</summary>
public sealed record UpdateValidation(UpdateContent? Content, IReadOnlyDictionary<string, string> Errors, UpdateForm Shown)
{
    /// <summary>The inputs a CPR number was removed from (ids only, for the log).</summary>
    public IReadOnlyList<string> CprFields { get; init; } = [];

    public bool IsValid => Content is not null;
}

/// <summary>
/// Checks a posted form: required fields, ranges, text lengths, the privacy guard on every
/// text, choices that exist in the network. A text holding a CPR number comes back redacted,
/// so the number is neither stored nor shown again.
/// </summary>
public static class UpdateValidator
{
    public static UpdateValidation Validate(UpdateForm form, NetworkSnapshot network, Forum forum, Language language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var shown = form;
        var cprFields = new List<string>();

        foreach (var id in UpdateForm.TextIds)
        {
            var text = form.Text(id);
            if (CprGuard.ContainsCpr(text))
            {
                errors[id] = PrivacyTexts.CprRemovedFromField(language);
                cprFields.Add(id);
                shown = shown.WithText(id, CprGuard.Redact(text));
            }
            else if (text.Length > UpdateContent.MaxTextLength)
            {
                var max = UpdateTexts.Number(UpdateContent.MaxTextLength, language);
                var length = UpdateTexts.Number(text.Length, language);
                errors[id] = language.Pick($"At most {max} characters, please (this has {length}).", $"Højst {max} tegn (her er {length}).");
            }
        }

        if (!UpdateStatuses.Words.TryParse(form.Status, out var status))
        {
            errors[UpdateForm.StatusId] = language.Pick("Choose how it is going.", "Vælg, hvordan det går.");
        }

        var reached = ReadReached(form.Reached);
        if (reached is null)
        {
            var max = UpdateTexts.Number(UpdateContent.MaxReached, language);
            errors[UpdateForm.ReachedId] = language.Pick($"Enter a whole number from 0 to {max} (0 if none).", $"Skriv et helt tal fra 0 til {max} (0 hvis ingen).");
        }

        var needsFrom = form.NeedsFromIds();
        if (needsFrom.Any(id => network.FindOrganisation(id) is null))
        {
            errors[UpdateForm.NeedsFromId] = language.Pick("Choose organisations from the list.", "Vælg organisationer fra listen.");
            shown = shown with { NeedsFrom = string.Join(',', needsFrom.Where(id => network.FindOrganisation(id) is not null)) };
        }
        else if (needsFrom.Count > 0 && form.Needs.Length == 0)
        {
            errors.TryAdd(UpdateForm.NeedsId, language.Pick("Say what you need from the chosen organisations.", "Skriv, hvad I har brug for fra de valgte organisationer."));
        }

        var escalateTo = form.EscalateTo.Length == 0 ? null : form.EscalateTo;
        if (escalateTo is not null && (network.FindForum(escalateTo) is null || escalateTo == forum.Id))
        {
            errors[UpdateForm.EscalateToId] = language.Pick("Choose another forum from the list.", "Vælg et andet forum fra listen.");
            shown = shown with { EscalateTo = string.Empty };
        }
        else if (escalateTo is not null && form.EscalationReason.Length == 0)
        {
            errors.TryAdd(UpdateForm.EscalationReasonId, language.Pick("Say why the forum should take it up.", "Skriv, hvorfor forummet skal tage det op."));
        }
        else if (escalateTo is null && form.EscalationReason.Length > 0)
        {
            errors[UpdateForm.EscalateToId] = language.Pick("Choose the forum to escalate to, or clear the reason.", "Vælg forummet, det skal løftes til, eller slet begrundelsen.");
        }

        if (errors.Count > 0)
        {
            return new UpdateValidation(null, errors, shown) { CprFields = cprFields };
        }

        var content = new UpdateContent(status, reached, form.WentWell, form.Barriers, form.Needs, needsFrom, escalateTo, escalateTo is null ? string.Empty : form.EscalationReason);
        return new UpdateValidation(content, errors, shown);
    }

    private static int? ReadReached(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole <= UpdateContent.MaxReached
            ? whole
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number) && number is >= 0 and <= UpdateContent.MaxReached
                ? (int)number
                : null;
}
