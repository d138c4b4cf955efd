using System.Text.Json;
using Cronos;

namespace ForumBot.Network.FileFormat;

/// <summary>Reads a forum: who runs it, when it meets (a 5-field cron in the network's zone) and its lead times.</summary>
internal static class ForumReader
{
    public const int MaxDaysBefore = 90;
    public const int MaxMeetingMinutes = 24 * 60;

    /// <summary>Longest standing item: one line on the agenda card.</summary>
    public const int MaxStandingItemLength = 200;

    public static Parsed<Forum>? Read(JsonElement element, string path, FileContext context)
    {
        if (ObjectReader.Open(element, path, context.Problems) is not { } o)
        {
            return null;
        }

        var id = o.RequiredId("id");
        var name = o.RequiredString("name");
        var level = EntityReaders.Word(o, "level", NetworkWords.Levels, "level");
        var chairItems = o.StringList("chairs");
        if (EntityReaders.IsEmptyArray(element, "chairs"))
        {
            context.Problems.Add(o.FieldPath("chairs"), "a forum needs at least one chair");
        }

        var chairs = context.ReferList(chairItems, ReferenceKind.Person);
        var members = context.ReferList(o.StringList("members"), ReferenceKind.Person);
        var cadence = Cadence(o, context);
        var duration = o.ReadInt("durationMinutes", required: true, 1, MaxMeetingMinutes);
        var prompt = o.ReadInt("promptDaysBefore", required: true, 1, MaxDaysBefore);
        var due = o.ReadInt("updatesDueDaysBefore", required: true, 0, MaxDaysBefore);
        if (prompt is not null && due is not null && prompt <= due)
        {
            context.Problems.Add(o.FieldPath("promptDaysBefore"), $"must be greater than updatesDueDaysBefore ({due}): people are asked for updates before they are due");
        }

        var agenda = o.ReadInt("agendaDaysBefore", required: false, 0, MaxDaysBefore);
        var description = o.OptionalString("description");
        var standingItems = o.OptionalTextList("standingItems", MaxStandingItemLength);
        var forum = new Forum(id ?? string.Empty, name ?? string.Empty, level, chairs, members, cadence ?? string.Empty,
            duration ?? 0, prompt ?? 0, due ?? 0, agenda, description, o.ExtraFieldsJson())
        {
            StandingItems = standingItems,
        };
        return new(forum, path);
    }

    private static string? Cadence(ObjectReader o, FileContext context)
    {
        var cadence = o.RequiredString("cadence");
        if (cadence is null)
        {
            return null;
        }

        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cadence, CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            context.Problems.Add(o.FieldPath("cadence"), $"'{cadence}' is not a 5-field cron expression (minute hour day-of-month month day-of-week, e.g. \"0 9 * * 2#1\"): {ex.Message}");
            return null;
        }

        if (expression.GetNextOccurrence(context.Now, context.Zone) is null)
        {
            context.Problems.Add(o.FieldPath("cadence"), $"'{cadence}' never occurs");
            return null;
        }

        return cadence;
    }
}
