using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Requests;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Updates;

/// <summary>The updates tests' bot, and the update sources run by the tests themselves (the background scheduler stays off).</summary>
public static class UpdatesTestApp
{
    /// <summary>Real HTTP, a fake clock at <paramref name="now"/>, the demo network, a capturing connector and a log capture.</summary>
    public static TestAppOptions At(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null) => new()
    {
        Time = new FakeTimeProvider(now),
        Settings = settings,
        Connector = true,
        CaptureLogs = true,
        DemoNetwork = true,
    };

    public static Task<List<DueWork>> RequestsAsync(this TestApp app, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.DueAsync<UpdateRequestSource>(at.AddMinutes(-1), at);
    }

    public static Task<List<DueWork>> RemindersAsync(this TestApp app, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.DueAsync<UpdateReminderSource>(at.AddMinutes(-1), at);
    }
}
