namespace ForumBot.Network.FileFormat;

public enum ReferenceKind
{
    Organisation,
    Person,
    Forum,
}

/// <summary>An id one entity uses to point at another, with where it was written.</summary>
internal sealed record Reference(string Path, string Id, ReferenceKind Kind);

/// <summary>An entity read from the file, with the path of the object it came from.</summary>
internal sealed record Parsed<T>(T Entity, string Path);

/// <summary>State shared while reading one file: problems, references to resolve later, and the clock.</summary>
internal sealed class FileContext(FileProblems problems, TimeZoneInfo zone, DateTimeOffset now)
{
    private readonly List<Reference> _references = [];

    public FileProblems Problems => problems;

    /// <summary>The network's zone (UTC when the file's zone is unknown; that error is already reported).</summary>
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset Now => now;

    public IReadOnlyList<Reference> References => _references;

    public void Refer(string path, string? id, ReferenceKind kind)
    {
        if (id is not null)
        {
            _references.Add(new Reference(path, id, kind));
        }
    }

    public IReadOnlyList<string> ReferList(IReadOnlyList<(string Value, string Path)> items, ReferenceKind kind)
    {
        foreach (var (value, path) in items)
        {
            Refer(path, value, kind);
        }

        return [.. items.Select(i => i.Value)];
    }
}
