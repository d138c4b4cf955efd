using ForumBot.Privacy;

namespace ForumBot.Tests.Privacy;

public sealed class CprGuardTests
{
    [Theory]
    [InlineData("010203-1234")]
    [InlineData("0102031234")]
    [InlineData("010203 1234")]
    [InlineData("010203\u00A01234")]
    [InlineData("010203\u20131234")]
    [InlineData("010203\u22121234")]
    [InlineData("Han hedder Ali, cpr 311299-4321, og er 16")]
    [InlineData("(150677-1234)")]
    [InlineData("cpr:0102031234.")]
    [InlineData("290200-1234")]
    [InlineData("290204-1234")]
    [InlineData("310150-0001")]
    [InlineData("Linje 1\n010180-5555\nLinje 3")]
    public void ContainsCpr_ValidDateAndFourDigits_IsFound(string text) => Assert.True(CprGuard.ContainsCpr(text));

    [Theory]
    [InlineData("311399-1234")]
    [InlineData("320101-1234")]
    [InlineData("000101-1234")]
    [InlineData("010003-1234")]
    [InlineData("290201-1234")]
    [InlineData("310403-1234")]
    [InlineData("12345678")]
    [InlineData("Ring på 12 34 56 78")]
    [InlineData("+45 12345678")]
    [InlineData("010203-123")]
    [InlineData("010203-12345")]
    [InlineData("10102031234")]
    [InlineData("01020312345")]
    [InlineData("0102-031234")]
    [InlineData("01.02.03-1234")]
    [InlineData("010203--1234")]
    [InlineData("2026-11-24 kl. 09:00")]
    [InlineData("Vi nåede 1234 unge i 2026")]
    [InlineData("")]
    [InlineData(null)]
    public void ContainsCpr_NotACprNumber_IsNotFound(string? text) => Assert.False(CprGuard.ContainsCpr(text));

    [Fact]
    public void ContainsCpr_ModulusElevenFailure_IsStillFound()
    {
        // 010203-1235 fails the modulus-11 check (many numbers issued since 2007 do); it is refused all the same.
        Assert.True(CprGuard.ContainsCpr("010203-1235"));
    }

    [Fact]
    public void Redact_ReplacesEveryCprAndKeepsTheRest()
    {
        var redacted = CprGuard.Redact("A 010203-1234, B 0102031235, sag 311399-1234.");

        Assert.Equal("A [CPR], B [CPR], sag 311399-1234.", redacted);
        Assert.False(CprGuard.ContainsCpr(redacted));
    }
}
