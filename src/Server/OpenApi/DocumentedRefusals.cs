namespace Workflow.Server.OpenApi;

/// <summary>
/// Endpoint metadata adding to what <see cref="ProblemResponses"/> infers from an endpoint's shape the
/// refusals it gives that its shape does not show: a 404 for a code in the body, a 409 from a public command.
/// </summary>
public sealed record DocumentedRefusals(IReadOnlyList<int> Statuses);

public static class DocumentedRefusalsExtensions
{
    /// <summary>The endpoint can also answer with these 4xx/5xx problems.</summary>
    public static TBuilder AlsoRefuses<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DocumentedRefusals(statuses));
}
