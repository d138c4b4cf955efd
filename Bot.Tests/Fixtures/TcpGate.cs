using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// A loopback port that forwards to another (the shared Azurite) while open, and is a closed
/// port while shut: storage "goes away" and "comes back" at the same address, with its tables,
/// without stopping the Azurite every other test uses.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, TcpClient> _links = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;

    private TcpGate(IPEndPoint target, int port)
    {
        _target = target;
        Port = port;
    }

    public int Port { get; }

    /// <summary>An open gate on a free loopback port in front of <paramref name="target"/>.</summary>
    public static TcpGate OpenTo(IPEndPoint target)
    {
        var gate = new TcpGate(target, Azurite.FreeTcpPort());
        gate.Open();
        return gate;
    }

    /// <summary>The shared Azurite's table endpoint, behind a gate: the connection string for it.</summary>
    public static (TcpGate Gate, string ConnectionString) ForAzurite()
    {
        var endpoint = Azurite.ConnectionString.Split(';').Single(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..];
        var uri = new Uri(endpoint);
        var gate = OpenTo(new IPEndPoint(IPAddress.Loopback, uri.Port));
        return (gate, Azurite.ConnectionStringFor(gate.Port));
    }

    public void Open()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    /// <summary>Stops listening and cuts every forwarded connection: new connections are refused.</summary>
    public void Close()
    {
        _stop?.Cancel();
        _listener?.Stop();
        _listener = null;
        foreach (var (client, upstream) in _links)
        {
            client.Dispose();
            upstream.Dispose();
        }

        _links.Clear();
    }

    public ValueTask DisposeAsync()
    {
        Close();
        _stop?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, stop);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken stop)
    {
        var upstream = new TcpClient();
        _links[client] = upstream;
        try
        {
            await upstream.ConnectAsync(_target, stop);
            var down = client.GetStream();
            var up = upstream.GetStream();
            await Task.WhenAny(down.CopyToAsync(up, stop), up.CopyToAsync(down, stop));
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The gate closed, or one side hung up.
        }
        finally
        {
            _links.TryRemove(client, out _);
            client.Dispose();
            upstream.Dispose();
        }
    }
}
