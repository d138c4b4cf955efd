namespace ForumBot.Agendas.Cards;

/// <summary>Long texts cut for cards that list many items (the whole text is on the item card).</summary>
internal static class Shortened
{
    public static string To(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..cut].TrimEnd() + "…";
    }
}
