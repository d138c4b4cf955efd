using ForumBot.Network;
using ForumBot.Teams;

namespace ForumBot.Updates.Requests;

/// <summary>
/// The locale a proactive card to a person is written in: the one Teams last sent for them (their
/// 1:1 conversation reference, refreshed on every inbound activity), else the registry's, else
/// Danish. Replies within a turn do not come here: they follow the turn's own locale.
/// </summary>
public sealed class RecipientLocales(ConversationReferenceStore references)
{
    public const string Fallback = "da-DK";

    /// <summary>The locale for <paramref name="person"/>; <paramref name="seen"/> caches the lookups of one pass (one point read per person).</summary>
    public async Task<string> LocaleAsync(Person person, Dictionary<string, string> seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(seen);
        if (!seen.TryGetValue(person.Id, out var locale))
        {
            var personal = await references.GetAsync(ConversationKinds.Personal, person.AadObjectId.ToString(), cancellationToken);
            locale = Choose(personal?.Locale, person.Locale);
            seen[person.Id] = locale;
        }

        return locale;
    }

    public static string Choose(string? teamsLocale, string? registryLocale) =>
        !string.IsNullOrWhiteSpace(teamsLocale) ? teamsLocale
        : !string.IsNullOrWhiteSpace(registryLocale) ? registryLocale
        : Fallback;
}
