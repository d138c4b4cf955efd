using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ForumBot.Storage;

/// <summary>
/// Makes arbitrary ids (Teams conversation ids, activity ids) safe as PartitionKey/RowKey:
/// Azure rejects '/', '\', '#', '?' and control characters in keys (Azurite even answers 500).
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A short, stable key for a long id (conversation ids can approach the 1 KiB key limit).</summary>
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
}
