using System.Net;
using ForumBot.Protocol;
using ForumBot.Protocol.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>
/// The decision of who unauthenticated mode serves, over socket addresses. This machine offers
/// no real non-loopback connection to a bot bound to 127.0.0.1 (and every 127.0.0.0/8 address is
/// loopback), so non-loopback callers are covered here, on the function the authenticator calls.
/// </summary>
public sealed class UnauthenticatedModeDecisionTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("127.255.255.254")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Development_LoopbackSocket_IsServed(string address)
    {
        Assert.Null(UnauthenticatedMode.RefusalReason(isDevelopment: true, IPAddress.Parse(address), new HeaderDictionary()));
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.1.20")]
    [InlineData("172.17.0.1")]
    [InlineData("20.50.2.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("fe80::1")]
    [InlineData("2001:db8::1")]
    public void Development_NonLoopbackSocket_IsRefused(string address)
    {
        Assert.NotNull(UnauthenticatedMode.RefusalReason(isDevelopment: true, IPAddress.Parse(address), new HeaderDictionary()));
    }

    [Fact]
    public void Development_NoSocketAddress_IsRefused()
    {
        Assert.NotNull(UnauthenticatedMode.RefusalReason(isDevelopment: true, socketAddress: null, new HeaderDictionary()));
    }

    [Fact]
    public void OutsideDevelopment_LoopbackSocket_IsRefused()
    {
        Assert.NotNull(UnauthenticatedMode.RefusalReason(isDevelopment: false, IPAddress.Loopback, new HeaderDictionary()));
    }

    [Theory]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("X-Original-For", "203.0.113.7:51234")]
    [InlineData("Forwarded", "for=127.0.0.1")]
    [InlineData("x-forwarded-host", "forumbot.example")]
    public void Development_LoopbackSocketWithForwardingHeader_IsRefused(string header, string value)
    {
        var headers = new HeaderDictionary { [header] = value };

        Assert.NotNull(UnauthenticatedMode.RefusalReason(isDevelopment: true, IPAddress.Loopback, headers));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Guard_EmptyAppIdOutsideDevelopment_FailsWithTheStartupLine(string environment)
    {
        var line = UnauthenticatedMode.StartupProblem(new BotFrameworkOptions(), environment);

        Assert.NotNull(line);
        Assert.StartsWith("MicrosoftAppId is empty", line, StringComparison.Ordinal);
        Assert.Contains(environment, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_EmptyAppIdInDevelopment_Succeeds()
    {
        Assert.Null(UnauthenticatedMode.StartupProblem(new BotFrameworkOptions(), Environments.Development));
    }

    [Fact]
    public void Guard_AppIdInProduction_Succeeds()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = AuthenticatedBotFixture.AppId };

        Assert.Null(UnauthenticatedMode.StartupProblem(options, Environments.Production));
    }
}
