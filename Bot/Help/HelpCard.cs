using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Help;

/// <summary>The help card: what ForumBot is and every command, in the user's language.</summary>
public static class HelpCard
{
    public static JsonObject Build(Language language, IEnumerable<HelpEntry> entries)
    {
        var facts = entries.Select(e => language == Language.Danish ? (e.UsageDanish, e.WhatDanish) : (e.UsageEnglish, e.WhatEnglish));
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
