using System.Runtime.CompilerServices;
using ForumBot.Protocol;
using ForumBot.Scheduling;

namespace ForumBot.Tests.Scheduling.Support;

/// <summary>A due-work source over a fixed list, as a feature's would be over its state; counts its calls.</summary>
public sealed class ListSource : IDueWorkSource
{
    private int _calls;

    public List<DueWork> Work { get; } = [];

    public int Calls => Volatile.Read(ref _calls);

    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await Task.Yield();
        foreach (var work in Work.Where(w => w.DueAt >= windowStart && w.DueAt <= windowEnd).ToList())
        {
            yield return work;
        }
    }

    /// <summary>A message to a person whose text is its key, so the captured requests show which work they carry.</summary>
    public static DueWork ToPerson(string key, DateTimeOffset dueAt, string aadObjectId, string kind = "test") =>
        new(key, kind, dueAt, new MessageTarget.Person(aadObjectId), MessageFactory.Text(key), "Test message " + key);

    public static DueWork ToConversation(string key, DateTimeOffset dueAt, string conversationKind, string conversationKey, string kind = "test") =>
        new(key, kind, dueAt, new MessageTarget.Conversation(conversationKind, conversationKey), MessageFactory.Text(key), "Test message " + key);

    public static string Person(int n) => $"c0000000-0000-4000-8000-{n:D12}";
}
