namespace ForumBot.Network.FileFormat;

/// <summary>Checks across entities: unique ids per kind, unique aadObjectIds, and every reference resolved.</summary>
internal static class NetworkFileChecks
{
    public static void Run(
        IReadOnlyList<Parsed<Organisation>> organisations,
        IReadOnlyList<Parsed<Person>> people,
        IReadOnlyList<Parsed<Forum>> forums,
        IReadOnlyList<Parsed<Initiative>> initiatives,
        FileContext context)
    {
        var known = new Dictionary<ReferenceKind, HashSet<string>>
        {
            [ReferenceKind.Organisation] = UniqueIds(organisations, o => o.Id, "organisation", context.Problems),
            [ReferenceKind.Person] = UniqueIds(people, p => p.Id, "person", context.Problems),
            [ReferenceKind.Forum] = UniqueIds(forums, f => f.Id, "forum", context.Problems),
        };
        UniqueIds(initiatives, i => i.Id, "initiative", context.Problems);
        UniqueAadObjectIds(people, context.Problems);

        foreach (var reference in context.References)
        {
            if (!known[reference.Kind].Contains(reference.Id))
            {
                context.Problems.Add(reference.Path, $"unknown {Word(reference.Kind)} '{reference.Id}'");
            }
        }
    }

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<Parsed<T>> items, Func<T, string> id, string kind, FileProblems problems)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item.Entity);
            if (key.Length == 0)
            {
                continue; // Missing or unusable; already reported.
            }

            if (!first.TryAdd(key, item.Path))
            {
                problems.Add(item.Path + ".id", $"duplicate {kind} id '{key}' (first at {first[key]})");
            }
        }

        return [.. first.Keys];
    }

    private static void UniqueAadObjectIds(IReadOnlyList<Parsed<Person>> people, FileProblems problems)
    {
        var first = new Dictionary<Guid, Parsed<Person>>();
        foreach (var person in people.Where(p => p.Entity.AadObjectId != Guid.Empty))
        {
            if (!first.TryAdd(person.Entity.AadObjectId, person))
            {
                var owner = first[person.Entity.AadObjectId];
                problems.Add(person.Path + ".aadObjectId", $"aadObjectId {person.Entity.AadObjectId} is already used by '{owner.Entity.Id}' ({owner.Path})");
            }
        }
    }

    private static string Word(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Organisation => "organisation",
        ReferenceKind.Person => "person",
        _ => "forum",
    };
}
