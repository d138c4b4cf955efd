using Azure;
using ForumBot.Storage;

namespace ForumBot.Health;

/// <summary>
/// /healthz: the process answers (App Service's health check). /readyz: table storage is
/// reachable and the tables exist; 503 with the reason otherwise.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", ReadyAsync);
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(TableInitializer initializer, TableStore store, CancellationToken cancellationToken)
    {
        if (!initializer.IsReady)
        {
            return Results.Text("not ready: " + initializer.LastError, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await store.Table(TableNames.ConversationRefs).QueryAsync<KeyRow>(
                filter: "PartitionKey eq 'readyz'", maxPerPage: 1, select: KeyRow.Columns, cancellationToken: timeout.Token).AsPages().FirstAsync(timeout.Token);
            return Results.Text("ready");
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or OperationCanceledException or AggregateException)
        {
            return Results.Text("not ready: table storage unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
