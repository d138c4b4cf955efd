namespace ForumBot.Cli;

/// <summary>
/// An admin command run by the service executable itself (`dotnet run --project Bot -- name ...`),
/// with the service's own configuration and storage. Features register theirs with AddCliCommand.
/// </summary>
public interface ICliCommand
{
    /// <summary>The first argument that selects this command, e.g. "import".</summary>
    string Name { get; }

    /// <summary>One line for the usage text, e.g. "import &lt;file&gt; [--dry-run]".</summary>
    string Usage { get; }

    /// <summary>Runs the command; returns the process exit code. Output goes to the given writers.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, CancellationToken cancellationToken);
}

public static class CliCommandRegistration
{
    public static IServiceCollection AddCliCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, ICliCommand =>
        services.AddTransient<ICliCommand, TCommand>();
}
