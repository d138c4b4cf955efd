using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ForumBot.Privacy;

namespace ForumBot.Network.FileFormat;

/// <summary>Arrays, nested objects and the fields ForumBot keeps without using.</summary>
internal sealed partial class ObjectReader
{
    /// <summary>A required array of non-empty, single-line strings, each listed once; items come with their paths.</summary>
    public IReadOnlyList<(string Value, string Path)> StringList(string name)
    {
        var items = new List<(string, string)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (element, path) in Array(name))
        {
            if (element.ValueKind != JsonValueKind.String || element.GetString() is not { } text)
            {
                _problems.Add(path, "must be a string");
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                _problems.Add(path, "must not be empty");
            }
            else if (text.Any(char.IsControl))
            {
                _problems.Add(path, "must not contain line breaks or control characters");
            }
            else if (!seen.TryAdd(text, path))
            {
                _problems.Add(path, $"'{text}' is listed twice (also at {seen[text]})");
            }
            else
            {
                items.Add((text, path));
            }
        }

        return items;
    }

    /// <summary>
    /// An optional array of short, single-line texts shown to people (e.g. a forum's standing
    /// items): each non-empty, at most <paramref name="maxLength"/> characters, listed once, and
    /// never holding a CPR number (Privacy/CprGuard), since everything in it reaches a card.
    /// </summary>
    public IReadOnlyList<string> OptionalTextList(string name, int maxLength)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _problems.Add(FieldPath(name), "must be an array");
            return [];
        }

        var items = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{FieldPath(name)}[{index++}]");
            var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
            var problem = text switch
            {
                null => "must be a string",
                _ when string.IsNullOrWhiteSpace(text) => "must not be empty",
                _ when text.Any(char.IsControl) => "must not contain line breaks or control characters",
                _ when text.Length > maxLength => string.Create(CultureInfo.InvariantCulture, $"is too long ({text.Length} characters; at most {maxLength})"),
                _ when CprGuard.ContainsCpr(text) => "looks like it holds a CPR number; agendas never show one",
                _ when seen.TryGetValue(text, out var first) => $"'{text}' is listed twice (also at {first})",
                _ => null,
            };
            if (problem is not null)
            {
                _problems.Add(path, problem);
                continue;
            }

            seen.Add(text!, path);
            items.Add(text!);
        }

        return items;
    }

    /// <summary>A required array's elements with their paths; nothing when it is missing or not an array.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)> Array(string name)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _problems.Add(FieldPath(name), "must be an array");
            return [];
        }

        return [.. value.EnumerateArray().Select((element, i) => (element, string.Create(CultureInfo.InvariantCulture, $"{FieldPath(name)}[{i}]")))];
    }

    public ObjectReader? RequiredObject(string name) =>
        TryGet(name, required: true, out var value) ? Open(value, FieldPath(name), _problems) : null;

    /// <summary>The fields nobody asked for, as compact JSON in file order; call after reading the known ones.</summary>
    public string? ExtraFieldsJson()
    {
        var extras = _element.EnumerateObject().Where(p => !_readFields.Contains(p.Name)).ToList();
        if (extras.Count == 0)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExtraWriterOptions))
        {
            writer.WriteStartObject();
            foreach (var property in extras)
            {
                _problems.NoteExtraField(FieldPath(property.Name));
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (json.Length > MaxExtraFieldsLength)
        {
            _problems.Add(Path, string.Create(CultureInfo.InvariantCulture, $"its extra fields are too large to keep ({json.Length} characters of JSON; at most {MaxExtraFieldsLength})"));
            return null;
        }

        return json;
    }
}
