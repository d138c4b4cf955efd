namespace ForumBot.Help;

/// <summary>
/// One line of the help card, contributed by the feature that owns the command, so the card
/// lists exactly the commands that exist. Order is registration order.
/// </summary>
public sealed record HelpEntry(string UsageEnglish, string UsageDanish, string WhatEnglish, string WhatDanish);

public static class HelpEntryRegistration
{
    public static IServiceCollection AddHelpEntry(this IServiceCollection services, string usageEnglish, string usageDanish, string whatEnglish, string whatDanish) =>
        services.AddSingleton(new HelpEntry(usageEnglish, usageDanish, whatEnglish, whatDanish));
}
