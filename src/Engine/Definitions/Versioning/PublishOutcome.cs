using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Definitions.Versioning;

public sealed record PublishOutcome(bool Succeeded, bool WasAlreadyPublished, PublishedVersionRecord? Record, string? Error, IReadOnlyList<Problem> Problems)
{
    public static PublishOutcome Published(PublishedVersionRecord record) => new(true, false, record, null, []);

    public static PublishOutcome AlreadyPublished(PublishedVersionRecord record) => new(true, true, record, null, []);

    public static PublishOutcome Failed(string error, IReadOnlyList<Problem>? problems = null) => new(false, false, null, error, problems ?? []);
}
