using System.Net.Sockets;
using Azure;

namespace ForumBot.Storage;

/// <summary>
/// Tells an expected storage outage (no connection, a timeout, a 5xx such as 503 ServerBusy)
/// from a failure that points at a bug or a misconfiguration, and names the outage in a few
/// words for the log: no stack trace is needed to know that storage was not there.
/// </summary>
public static class StorageFailures
{
    /// <summary>A short reason ("connection refused", "503 ServerBusy", "timeout") when the failure is an expected outage; null otherwise.</summary>
    /// <param name="stopping">The caller's shutdown token: a cancellation by shutdown is no outage.</param>
    public static string? OutageReason(Exception exception, CancellationToken stopping) => exception switch
    {
        // Azure.Core's retries end in an AggregateException of every attempt's failure.
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.Select(e => OutageReason(e, stopping)).ToList() is var reasons && reasons.All(r => r is not null)
                ? reasons[^1]
                : null,
        RequestFailedException { Status: 0 } failed => failed.InnerException is { } inner ? OutageReason(inner, stopping) ?? "no answer" : "no answer",
        RequestFailedException { Status: 408 } => "timeout",
        RequestFailedException { Status: >= 500 } failed => string.IsNullOrEmpty(failed.ErrorCode) ? failed.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{failed.Status} {failed.ErrorCode}",
        SocketException socket => Describe(socket.SocketErrorCode),
        HttpRequestException http => http.InnerException is { } inner && OutageReason(inner, stopping) is { } reason ? reason : Describe(http.HttpRequestError),
        IOException io => io.InnerException is SocketException socket ? Describe(socket.SocketErrorCode) : "connection lost",
        TimeoutException => "timeout",
        OperationCanceledException when !stopping.IsCancellationRequested => "timeout",
        _ => null,
    };

    private static string Describe(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.ConnectionReset or SocketError.ConnectionAborted => "connection reset",
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "host not found",
        SocketError.TimedOut => "timeout",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown => "network unreachable",
        _ => "socket " + error,
    };

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.ConnectionError => "connection failed",
        HttpRequestError.NameResolutionError => "host not found",
        HttpRequestError.ResponseEnded => "connection lost",
        HttpRequestError.Unknown => "no answer",
        _ => error.ToString(),
    };
}
