using ForumBot.Health;
using ForumBot.Help;
using ForumBot.Protocol;
using ForumBot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTableStorage(builder.Configuration);
builder.Services.AddBotProtocol();
builder.Services.AddHelp();

var app = builder.Build();
app.MapHealth();
app.MapBotMessages();
app.Run();

public partial class Program;
