using ForumBot.Storage;

namespace ForumBot.Network.Registry;

/// <summary>
/// A row of the Network table, whatever its kind (docs/storage.md): one class with the columns of
/// every kind, those a kind does not have left null (a null column is not stored). One class,
/// because the import compares, writes and deactivates rows of every kind with the same code, and
/// a record, so "same stored content" is its equality with the system columns set aside.
/// Column names and types are the stored ones: renaming a property orphans existing rows.
/// </summary>
internal sealed record NetworkRow : TableRow
{
    // Every entity (organisation, person, forum, initiative).

    /// <summary>False once the entity left the file; the row stays as history.</summary>
    public bool? Active { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The position in the file, so export writes entities back in the same order.</summary>
    public int? Order { get; set; }

    /// <summary>The file's fields ForumBot does not use, as compact JSON (also on the meta row).</summary>
    public string? ExtraFieldsJson { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    // organisation
    public string? Sector { get; set; }

    // person
    public string? AadObjectId { get; set; }

    public string? Organisation { get; set; }

    public string? Roles { get; set; }

    public string? Locale { get; set; }

    // forum
    public string? Level { get; set; }

    public string? Chairs { get; set; }

    public string? Members { get; set; }

    public string? Cadence { get; set; }

    public int? DurationMinutes { get; set; }

    public int? PromptDaysBefore { get; set; }

    public int? UpdatesDueDaysBefore { get; set; }

    public int? AgendaDaysBefore { get; set; }

    /// <summary>The forum's standing items as a JSON array of strings (items may hold commas); null when it has none.</summary>
    public string? StandingItems { get; set; }

    // initiative
    public string? Owner { get; set; }

    public string? Partners { get; set; }

    public string? Contacts { get; set; }

    public string? Forums { get; set; }

    public string? Topics { get; set; }

    public int? AgeFrom { get; set; }

    public int? AgeTo { get; set; }

    public string? TargetGroupDescription { get; set; }

    public string? TargetGroupExtraFieldsJson { get; set; }

    // aad index
    public string? PersonId { get; set; }

    // meta (the version row)
    public string? Area { get; set; }

    public string? TimeZone { get; set; }

    public long? Version { get; set; }

    /// <summary>"importing" while an import writes, "complete" after; a crashed import is finished by the next.</summary>
    public string? State { get; set; }

    public DateTimeOffset? ImportedAt { get; set; }

    /// <summary>Same stored content (system columns aside): the import then leaves the row alone.</summary>
    public bool SameContent(NetworkRow other) =>
        this with { ETag = default, Timestamp = null } == other with { ETag = default, Timestamp = null };
}
