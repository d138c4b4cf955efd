using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ForumBot.Network.FileFormat;

/// <summary>
/// Reads the fields of one JSON object, recording each problem with its path and carrying on,
/// so a file with ten mistakes is fixed in one round. Missing values come back as null.
/// </summary>
internal sealed partial class ObjectReader
{
    /// <summary>Longest text kept in one field; Azure caps a string property at 64 KiB (32K UTF-16 characters).</summary>
    public const int MaxTextLength = 8000;

    /// <summary>Longest JSON of extra fields kept per object, well within the same cap.</summary>
    public const int MaxExtraFieldsLength = 30000;

    private static readonly JsonWriterOptions ExtraWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly JsonElement _element;
    private readonly FileProblems _problems;
    private readonly HashSet<string> _readFields = new(StringComparer.Ordinal);

    private ObjectReader(JsonElement element, string path, FileProblems problems)
    {
        _element = element;
        Path = path;
        _problems = problems;
    }

    public string Path { get; }

    public FileProblems Problems => _problems;

    public static ObjectReader? Open(JsonElement element, string path, FileProblems problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new ObjectReader(element, path, problems);
        }

        problems.Add(path, "must be an object");
        return null;
    }

    public string FieldPath(string name) => $"{Path}.{name}";

    public string? RequiredString(string name) => ReadString(name, required: true);

    public string? OptionalString(string name) => ReadString(name, required: false);

    /// <summary>An id that can be a table key and a list item: no '/', '\', '#', '?', spaces or control characters.</summary>
    public string? RequiredId(string name)
    {
        var id = RequiredString(name);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            _problems.Add(FieldPath(name), $"'{id}' is not a usable id: use 1–100 letters, digits, '-', '_', '.' or ':', starting with a letter or digit");
            return null;
        }

        return id;
    }

    public Guid? RequiredGuid(string name)
    {
        var text = RequiredString(name);
        if (text is null)
        {
            return null;
        }

        if (Guid.TryParseExact(text, "D", out var guid) && guid != Guid.Empty)
        {
            return guid;
        }

        _problems.Add(FieldPath(name), $"'{text}' is not a GUID like 6f8a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
        return null;
    }

    /// <summary>A whole number within [min, max]; anything else is reported with the allowed range.</summary>
    public int? ReadInt(string name, bool required, int min, int max)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            _problems.Add(FieldPath(name), "must be a whole number");
            return null;
        }

        if (number < min || number > max)
        {
            _problems.Add(FieldPath(name), string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}, not {number}"));
            return null;
        }

        return number;
    }

    private string? ReadString(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _problems.Add(FieldPath(name), "must be a string");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            _problems.Add(FieldPath(name), "must not be empty");
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            _problems.Add(FieldPath(name), string.Create(CultureInfo.InvariantCulture, $"is too long ({text.Length} characters; at most {MaxTextLength})"));
            return null;
        }

        return text;
    }

    // A JSON null counts as absent: optional fields may be written as null.
    private bool TryGet(string name, bool required, out JsonElement value)
    {
        _readFields.Add(name);
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            _problems.Add(FieldPath(name), "is required");
        }

        return false;
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd}._:-]{0,99}$")]
    private static partial Regex IdPattern();
}
