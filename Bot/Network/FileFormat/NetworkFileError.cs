namespace ForumBot.Network.FileFormat;

/// <summary>One problem in a network file: where (a JSON path such as $.forums[2].chairs[0]) and why.</summary>
public sealed record NetworkFileError(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>The outcome of reading a network file: the definition when it is valid, otherwise every error.</summary>
public sealed record NetworkFileResult(
    NetworkDefinition? Definition,
    IReadOnlyList<NetworkFileError> Errors,
    IReadOnlyList<string> ExtraFieldPaths)
{
    public bool IsValid => Definition is not null;
}

/// <summary>
/// Collects problems while the reader walks the whole file, so one run reports them all.
/// Also notes the fields ForumBot keeps without using, by path pattern ($.people[*].email).
/// </summary>
internal sealed class FileProblems
{
    private readonly List<NetworkFileError> _errors = [];
    private readonly SortedSet<string> _extraFields = new(StringComparer.Ordinal);

    public IReadOnlyList<NetworkFileError> Errors => _errors;

    public IReadOnlyList<string> ExtraFieldPaths => [.. _extraFields];

    public bool Any => _errors.Count > 0;

    public void Add(string path, string reason) => _errors.Add(new NetworkFileError(path, reason));

    public void NoteExtraField(string path) =>
        _extraFields.Add(System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[*]"));
}
