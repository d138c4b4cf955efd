using System.Text.Json;

namespace ForumBot.Protocol;

/// <summary>Reads an inbound activity with a hard size limit and the minimal shape checks.</summary>
internal static class ActivityReader
{
    private const string ServiceUrlPath = "$.serviceUrl";
    private static readonly (int, string) InvalidServiceUrl = (StatusCodes.Status400BadRequest, "activity without a valid serviceUrl");

    public static async Task<(IncomingActivity? Activity, (int Status, string Reason)? Problem)> ReadAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, "body over the size limit"));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, (StatusCodes.Status413PayloadTooLarge, "body over the size limit"));
            }

            buffer.Write(chunk, 0, read);
        }

        IncomingActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ProtocolJson.Wire.IncomingActivity);
        }
        catch (JsonException ex) when (string.Equals(ex.Path, ServiceUrlPath, StringComparison.OrdinalIgnoreCase))
        {
            // A string no Uri can be made of ("http://[x"), or not a string at all.
            return (null, InvalidServiceUrl);
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, "malformed JSON"));
        }

        if (activity is null)
        {
            return (null, (StatusCodes.Status400BadRequest, "empty body"));
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, (StatusCodes.Status400BadRequest, "activity without a type"));
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, (StatusCodes.Status400BadRequest, "activity without a conversation"));
        }

        if (!ServiceUrls.IsValid(activity.ServiceUrl))
        {
            return (null, InvalidServiceUrl);
        }

        return (activity, null);
    }
}
