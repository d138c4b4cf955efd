using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Network.Access;

/// <summary>"Who am I": how the network knows the sender — organisation, roles, forums, initiatives.</summary>
public static class WhoAmICard
{
    public static JsonObject Build(Language language, Person person, NetworkSnapshot network)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(network);
        var none = "—";
        var facts = new List<(string, string)>
        {
            (language.Pick("Organisation", "Organisation"), network.FindOrganisation(person.OrganisationId)?.Name ?? person.OrganisationId),
            (language.Pick("Roles", "Roller"), Join(person.Roles.Select(r => RoleName(language, r)), none)),
            (language.Pick("Chair of", "Formand for"), Join(network.ForumsChairedBy(person.Id).Select(f => f.Name), none)),
            (language.Pick("Member of", "Medlem af"), Join(network.Forums.Where(f => f.IsMember(person.Id) && !f.IsChair(person.Id)).Select(f => f.Name), none)),
            (language.Pick("Contact for", "Kontaktperson for"), Join(network.InitiativesWithContact(person.Id).Select(i => i.Name), none)),
        };
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(language.Pick($"You are {person.Name}", $"Du er {person.Name}")),
            AdaptiveCards.FactSet(facts),
            AdaptiveCards.TextBlock(language.Pick(
                $"Network: {network.Area}. Something wrong? Ask your administrator to correct the network file.",
                $"Netværk: {network.Area}. Er noget forkert? Bed din administrator om at rette netværksfilen."), subtle: true),
        ]);
    }

    public static string RoleName(Language language, GlobalRole role) => role switch
    {
        GlobalRole.Manager => language.Pick("manager", "leder"),
        _ => language.Pick("administrator", "administrator"),
    };

    private static string Join(IEnumerable<string> items, string none)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? none : text;
    }
}
