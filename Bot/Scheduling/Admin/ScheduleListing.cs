using System.Globalization;
using ForumBot.Network;

namespace ForumBot.Scheduling.Admin;

/// <summary>The dry run's table: kind, due time in the network's local time, outbox status, target, description.</summary>
internal static class ScheduleListing
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<(DueWork Work, OutboxState? State)> rows, NetworkSnapshot network)
    {
        var lines = rows.Select(r => new[]
        {
            r.Work.Kind,
            LocalTime.ToLocal(r.Work.DueAt, network.TimeZone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
            r.State is { } state ? state.ToString().ToLowerInvariant() : "new",
            Target(r.Work.Target, network),
            r.Work.Description,
        }).ToList();
        string[] header = ["KIND", "DUE (LOCAL)", "STATUS", "TARGET", "DESCRIPTION"];
        var widths = Enumerable.Range(0, header.Length - 1)
            .Select(i => lines.Select(l => l[i].Length).Append(header[i].Length).Max())
            .ToList();
        foreach (var line in lines.Prepend(header))
        {
            var cells = line.Take(widths.Count).Select((cell, i) => cell.PadRight(widths[i])).Append(line[^1]);
            await output.WriteLineAsync(string.Join("  ", cells).TrimEnd());
        }
    }

    public static string Target(MessageTarget target, NetworkSnapshot network) => target switch
    {
        MessageTarget.Person person when Guid.TryParse(person.AadObjectId, out var id) && network.FindPersonByAadObjectId(id) is { } known =>
            $"{known.Name} ({known.Id})",
        MessageTarget.Person person => "person " + person.AadObjectId,
        MessageTarget.Conversation conversation => $"{conversation.Kind} {conversation.Key}",
        _ => "?",
    };
}
