using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;

namespace ForumBot.Agendas.Closing;

/// <summary>
/// What a closing meeting carries to the next one: every item not marked discussed, except
/// standing items and missing updates (they come back by themselves) and items already on the
/// next agenda. An item carried again keeps the first meeting it was on. Pure.
/// </summary>
public static class CarryOver
{
    private const string CarriedPrefix = "carried:";

    public static IReadOnlyList<CarriedItem> Plan(Agenda closing, Agenda? next)
    {
        ArgumentNullException.ThrowIfNull(closing);
        var onNext = next?.Items.Select(i => Original(i.Item.Key)).ToHashSet(StringComparer.Ordinal) ?? [];
        var record = closing.Record;
        return [.. closing.Items
            .Select(n => n.Item)
            .Where(item => !record.Mark(item.Key).Discussed && !RecursByItself(item.Key) && !onNext.Contains(Original(item.Key)))
            .Select(item => Snapshot(closing, item))];
    }

    /// <summary>Standing items are on every agenda; a missing update is asked for again next cycle.</summary>
    private static bool RecursByItself(string key) =>
        key.StartsWith("standing:", StringComparison.Ordinal) || key.StartsWith("missing:", StringComparison.Ordinal);

    private static string Original(string key) => key.StartsWith(CarriedPrefix, StringComparison.Ordinal) ? key[CarriedPrefix.Length..] : key;

    private static CarriedItem Snapshot(Agenda closing, AgendaItem item)
    {
        var original = Original(item.Key);

        // Carried before (shown as such, or hidden because its source put it on this agenda again): it keeps its first meeting.
        var before = closing.Record.Carried.FirstOrDefault(c => Original(c.ItemKey) == original);
        if (before is not null && item.Key.StartsWith(CarriedPrefix, StringComparison.Ordinal))
        {
            // Its words as first carried: the agenda's origin line for it says "carried over from …" already.
            return before with { SourceKey = original };
        }

        return new CarriedItem(original, item.Title.English, item.Title.Danish, item.Origin.English, item.Origin.Danish,
            before?.FromMeetingId ?? closing.Meeting.MeetingId, before?.FromStart ?? closing.Meeting.StartsAtUtc);
    }
}
