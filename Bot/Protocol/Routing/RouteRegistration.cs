using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Protocol.Routing;

public enum RouteKind
{
    Command,
    CardAction,
    ActivityType,
    Fallback,
}

/// <summary>One entry of the route table, contributed by a feature at registration.</summary>
public sealed record RouteRegistration(RouteKind Kind, string Key, Type HandlerType);

public static class RouteRegistrationExtensions
{
    /// <summary>Routes messages starting with any of these words (each language's own).</summary>
    public static IServiceCollection AddCommandRoute<THandler>(this IServiceCollection services, params string[] commandWords)
        where THandler : class, ITurnHandler
    {
        services.AddScoped<THandler>();
        foreach (var word in commandWords)
        {
            services.AddSingleton(new RouteRegistration(RouteKind.Command, CommandText.Normalize(word), typeof(THandler)));
        }

        return services;
    }

    public static IServiceCollection AddCardActionRoute<THandler>(this IServiceCollection services, string verb)
        where THandler : class, ICardActionHandler
    {
        services.AddScoped<THandler>();
        return services.AddSingleton(new RouteRegistration(RouteKind.CardAction, verb, typeof(THandler)));
    }

    public static IServiceCollection AddActivityRoute<THandler>(this IServiceCollection services, string activityType)
        where THandler : class, ITurnHandler
    {
        services.AddScoped<THandler>();
        return services.AddSingleton(new RouteRegistration(RouteKind.ActivityType, activityType, typeof(THandler)));
    }

    /// <summary>What answers a message no command matched (the help card).</summary>
    public static IServiceCollection AddFallbackRoute<THandler>(this IServiceCollection services)
        where THandler : class, ITurnHandler
    {
        services.AddScoped<THandler>();
        return services.AddSingleton(new RouteRegistration(RouteKind.Fallback, string.Empty, typeof(THandler)));
    }
}
