using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Help;

/// <summary>The help card: what ForumBot is and every command, in the user's language.</summary>
public static class HelpCard
{
    /// <summary>One line per command: what to type (both languages work) and what it does.</summary>
    public static IReadOnlyList<(string English, string Danish, string WhatEn, string WhatDa)> Commands { get; } =
    [
        ("help", "hjælp", "Show this overview of commands.", "Vis denne oversigt over kommandoer."),
    ];

    public static JsonObject Build(Language language)
    {
        var facts = Commands.Select(c => language == Language.Danish ? (c.Danish, c.WhatDa) : (c.English, c.WhatEn));
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(language.Pick("ForumBot — help", "ForumBot — hjælp")),
            AdaptiveCards.TextBlock(language.Pick(
                "I keep the network's forums in step: agendas, frontline updates and follow-ups. Write one of these commands:",
                "Jeg holder netværkets fora i takt: dagsordener, opdateringer fra frontlinjen og opfølgninger. Skriv en af disse kommandoer:")),
            AdaptiveCards.FactSet(facts),
            AdaptiveCards.TextBlock(language.Pick(
                "Commands work in English and Danish. In a channel, @mention me first.",
                "Kommandoerne virker på dansk og engelsk. I en kanal skal du @nævne mig først."), subtle: true),
        ]);
    }
}
