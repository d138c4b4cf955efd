namespace ForumBot.Scheduling;

/// <summary>
/// How a kind of proactive message (DueWork.Kind) is named to people, e.g. on the delivery
/// problems card. The feature that sends the kind contributes its label, as help entries are.
/// </summary>
public sealed record MessageKindLabel(string Kind, string English, string Danish);

public static class MessageKindLabelRegistration
{
    public static IServiceCollection AddMessageKindLabel(this IServiceCollection services, string kind, string english, string danish) =>
        services.AddSingleton(new MessageKindLabel(kind, english, danish));
}
