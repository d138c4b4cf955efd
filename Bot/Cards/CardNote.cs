using System.Text.Json.Nodes;

namespace ForumBot.Cards;

/// <summary>A short line above a card's content: why the card looks as it does now (e.g. "Not saved: … changed it meanwhile").</summary>
public sealed record CardNote(string Text, string Color = "Default")
{
    public JsonObject ToBlock() => AdaptiveCards.TextBlock(Text, weight: "Bolder", color: Color);
}
