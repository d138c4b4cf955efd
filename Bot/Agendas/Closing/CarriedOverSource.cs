using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Model;
using ForumBot.Localization;

namespace ForumBot.Agendas.Closing;

/// <summary>
/// Items not reached at an earlier meeting (carried when it closed), as they stood then, labelled
/// with the first meeting they were on: "carried over from 1 December 2026".
/// </summary>
public sealed class CarriedOverSource : IAgendaItemSource
{
    public AgendaSection Section => AgendaSections.CarriedOver;

    public ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken) => new(Items(context));

    public static IReadOnlyList<AgendaItem> Items(AgendaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = context.Network.TimeZone;
        return [.. context.Record.Carried.Select(c =>
        {
            var english = "carried over from " + MeetingDay.Format(Language.English, c.FromStart, zone);
            var danish = "overført fra " + MeetingDay.Format(Language.Danish, c.FromStart, zone);
            return new AgendaItem(c.ItemKey, new(c.TitleEnglish, c.TitleDanish), new(Label(c.OriginEnglish, english), Label(c.OriginDanish, danish)), []);
        })];
    }

    private static string Label(string origin, string carried) =>
        string.IsNullOrWhiteSpace(origin) ? char.ToUpperInvariant(carried[0]) + carried[1..] : $"{origin} · {carried}";
}
