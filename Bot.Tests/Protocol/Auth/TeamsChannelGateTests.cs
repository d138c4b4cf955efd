using ForumBot.Tests.Fixtures;
using ForumBot.Protocol;
using ForumBot.Protocol.Auth;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>The refusal of non-Teams channels is logged once per channel id, with a bounded memory of ids.</summary>
public sealed class TeamsChannelGateTests : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly ILoggerFactory _loggers;
    private readonly TeamsChannelGate _gate;

    public TeamsChannelGateTests()
    {
        _loggers = LoggerFactory.Create(builder => builder.AddProvider(_logs));
        _gate = new TeamsChannelGate(_loggers.CreateLogger<TeamsChannelGate>());
    }

    public void Dispose() => _loggers.Dispose();

    [Theory]
    [InlineData("msteams")]
    [InlineData("MSTeams")]
    public void Teams_IsAdmittedWithoutALogLine(string channelId)
    {
        Assert.True(_gate.Admits(new IncomingActivity { ChannelId = channelId }));
        Assert.Empty(_logs.Lines);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("msteams ")]
    [InlineData("")]
    [InlineData(null)]
    public void OtherChannel_IsRefused(string? channelId)
    {
        Assert.False(_gate.Admits(new IncomingActivity { ChannelId = channelId }));
    }

    [Fact]
    public void SameChannelManyTimes_IsLoggedOnce_EachChannelOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            _gate.Admits(new IncomingActivity { ChannelId = "webchat" });
            _gate.Admits(new IncomingActivity { ChannelId = "directline" });
        }

        var lines = _logs.Lines.Where(e => e.EventId == 1125).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Written.Contains("ChannelId=webchat", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Written.Contains("ChannelId=directline", StringComparison.Ordinal));
    }

    [Fact]
    public void FloodOfInventedChannelIds_LogsAtMostTheCapAndOneOverflowLine()
    {
        for (var i = 0; i < TeamsChannelGate.MaxRememberedChannels * 10; i++)
        {
            Assert.False(_gate.Admits(new IncomingActivity { ChannelId = "invented-" + i }));
        }

        Assert.Equal(TeamsChannelGate.MaxRememberedChannels, _logs.Lines.Count(e => e.EventId == 1125));
        Assert.Single(_logs.Lines, e => e.EventId == 1126);
    }

    [Fact]
    public void ChannelIdInTheLog_IsShortAndHarmless()
    {
        _gate.Admits(new IncomingActivity { ChannelId = "evil\r\nFAKE LOG LINE " + new string('x', 500) });

        var text = Assert.Single(_logs.Lines).Written;
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 100), text, StringComparison.Ordinal);
    }
}
