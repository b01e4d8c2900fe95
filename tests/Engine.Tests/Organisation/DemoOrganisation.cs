using Workflow.Engine.Organisation;

namespace Workflow.Engine.Tests.Organisation;

/// <summary>The real organisation file of the repository, loaded once for all tests.</summary>
internal static class DemoOrganisation
{
    private static readonly Lazy<OrganisationLoadResult> Loaded = new(() => OrganisationLoader.LoadFile(RepositoryRoot.File(OrganisationLoader.RelativePath)));

    public static OrganisationLoadResult Result => Loaded.Value;

    public static OrganisationModel Model => Result.Model ?? throw new InvalidOperationException(
        "The organisation file has errors:" + Environment.NewLine + string.Join(Environment.NewLine, Result.Problems));

    public static UnitResolver Resolver { get; } = new(Model);

    public static DateOnly Date(int year, int month, int day) => new(year, month, day);
}
