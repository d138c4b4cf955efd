using ForumBot.Agendas;
using ForumBot.Cli;
using ForumBot.Escalations;
using ForumBot.FollowUps;
using ForumBot.Health;
using ForumBot.Help;
using ForumBot.Hosting;
using ForumBot.Hosting.Clock;
using ForumBot.Network;
using ForumBot.Observability;
using ForumBot.Protocol;
using ForumBot.Retention;
using ForumBot.Scheduling;
using ForumBot.Storage;
using ForumBot.Teams;
using ForumBot.Updates;

var isCli = AdminCli.IsCliInvocation(args);

try
{
    // CLI arguments are commands, not configuration overrides: keep them away from the config system.
    var builder = WebApplication.CreateBuilder(isCli ? [] : args);
    if (isCli)
    {
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    }

    builder.AddForumBotTelemetry();
    builder.Services.AddClock(builder.Configuration, builder.Environment);
    builder.Services.AddTableStorage(builder.Configuration);
    builder.Services.AddBotProtocol(builder.Configuration);
    builder.Services.AddTeamsConversations();
    builder.Services.AddHelp();
    builder.Services.AddNetwork();
    builder.Services.AddUpdates();
    builder.Services.AddAgendas();
    builder.Services.AddFollowUps();
    builder.Services.AddEscalations();
    builder.Services.AddScheduling();
    builder.Services.AddRetention();

    var app = builder.Build();
    if (isCli)
    {
        return await AdminCli.RunAsync(app, args);
    }

    app.MapHealth();
    app.MapBotMessages();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupProblems.IsConfigurationProblem(ex))
{
    return StartupProblems.Report(ex);
}

public partial class Program;
