using System.Text.Json;

namespace ForumBot.Network.FileFormat;

/// <summary>
/// Reads and validates a network file (the format in PRODUCT.md, "The network file"). Every
/// problem is reported with its JSON path; a definition comes back only when there are none.
/// Fields ForumBot does not use are kept verbatim so that export gives them back.
/// </summary>
public static class NetworkFileReader
{
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
    };

    public static NetworkFileResult Read(string json, DateTimeOffset now)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException ex)
        {
            var reason = $"malformed JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {FirstSentence(ex.Message)}";
            return new NetworkFileResult(null, [new NetworkFileError(ex.Path ?? "$", reason)], []);
        }

        using (document)
        {
            return Read(document.RootElement, now);
        }
    }

    private static NetworkFileResult Read(JsonElement rootElement, DateTimeOffset now)
    {
        var problems = new FileProblems();
        if (ObjectReader.Open(rootElement, "$", problems) is not { } root)
        {
            return new NetworkFileResult(null, problems.Errors, []);
        }

        var area = root.RequiredString("area");
        var zoneId = root.RequiredString("timeZone");
        var zone = zoneId is null ? null : FindZone(zoneId);
        if (zoneId is not null && zone is null)
        {
            problems.Add(root.FieldPath("timeZone"), $"unknown time zone '{zoneId}' (use an IANA name such as Europe/Copenhagen)");
        }

        var context = new FileContext(problems, zone ?? TimeZoneInfo.Utc, now);
        var organisations = ReadAll(root, "organisations", EntityReaders.Organisation, context);
        var people = ReadAll(root, "people", EntityReaders.Person, context);
        var forums = ReadAll(root, "forums", ForumReader.Read, context);
        var initiatives = ReadAll(root, "initiatives", EntityReaders.Initiative, context);
        var extra = root.ExtraFieldsJson();

        NetworkFileChecks.Run(organisations, people, forums, initiatives, context);
        if (problems.Any)
        {
            return new NetworkFileResult(null, problems.Errors, problems.ExtraFieldPaths);
        }

        var definition = new NetworkDefinition(area!, zoneId!,
            [.. organisations.Select(p => p.Entity)], [.. people.Select(p => p.Entity)],
            [.. forums.Select(p => p.Entity)], [.. initiatives.Select(p => p.Entity)], extra);
        return new NetworkFileResult(definition, [], problems.ExtraFieldPaths);
    }

    /// <summary>The zone for an IANA id (Windows ids are converted by .NET too); null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }

    private static List<Parsed<T>> ReadAll<T>(ObjectReader root, string name, Func<JsonElement, string, FileContext, Parsed<T>?> read, FileContext context) =>
        [.. root.Array(name).Select(item => read(item.Element, item.Path, context)).OfType<Parsed<T>>()];

    // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …", which we report ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}
