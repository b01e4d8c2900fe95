namespace Workflow.Server.OpenApi;

/// <summary>
/// Endpoint metadata correcting what <see cref="ProblemResponses"/> infers from an endpoint's shape:
/// refusals it gives that its shape does not show (a 404 for a code in the body), and ones it never gives
/// (a 503 from an endpoint that never touches the database).
/// </summary>
public sealed record DocumentedRefusals(IReadOnlyList<int> Also, IReadOnlyList<int> Never);

public static class DocumentedRefusalsExtensions
{
    /// <summary>The endpoint can also answer with these 4xx/5xx problems.</summary>
    public static TBuilder AlsoRefuses<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedRefusals(statuses, []));

    /// <summary>The endpoint never answers with these, whatever its shape suggests.</summary>
    public static TBuilder NeverRefuses<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedRefusals([], statuses));
}
