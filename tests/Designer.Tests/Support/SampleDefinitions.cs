using Newtonsoft.Json.Linq;
using Workflow.Designer.Editing;
using Workflow.Designer.Validation;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Designer.Tests.Support;

/// <summary>The repository's sample procedures, read once, and a validator with the repository's organisation.</summary>
public static class SampleDefinitions
{
    private static readonly Lazy<ProceduresWorkspace> Repository = new(() => ProceduresWorkspace.Load(RepositoryPaths.Procedures));

    public static ProceduresWorkspace Workspace => Repository.Value;

    public static DefinitionDocument Read(string procedureId, int version) =>
        DefinitionDocument.Parse(File.ReadAllText(DefinitionPublisher.VersionPath(RepositoryPaths.Procedures, procedureId, version)));

    /// <summary>A published version copied as the next draft, as "new version" makes it (same text, next number, status draft).</summary>
    public static DefinitionDocument NextDraftOf(string procedureId, int version)
    {
        var document = Read(procedureId, version);
        document.Root["version"] = version + 1;
        document.Root["status"] = "draft";
        return document;
    }

    public static DraftValidator Validator() => new(new DefinitionLoadOptions
    {
        Culture = Text.Vietnamese,
        Organisation = new OrganisationKindCatalog(Workspace.Organisation!),
        PublishedRecords = PublishedVersionLockFile.Read(RepositoryPaths.Procedures),
        Calendar = Workspace.Calendar,
    }, procedures: Workspace.Catalog.All.ToList());

    public static DefinitionReadResult Validate(DefinitionDocument document) =>
        Validator().Validate(document, document.ProcedureId, document.Version);

    public static IEnumerable<(string Id, int Version)> All() =>
        Directory.GetDirectories(RepositoryPaths.Procedures)
            .Where(d => !DefinitionLoader.ReservedFolders.Contains(Path.GetFileName(d)))
            .SelectMany(d => Directory.GetFiles(d, "v*.json").Select(f => (Path.GetFileName(d), int.Parse(Path.GetFileNameWithoutExtension(f)[1..], System.Globalization.CultureInfo.InvariantCulture))))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2);

    /// <summary>Every shipped version, for theories that hold of each one.</summary>
    public static TheoryData<string, int> Versions()
    {
        var data = new TheoryData<string, int>();
        foreach (var (id, version) in All())
        {
            data.Add(id, version);
        }

        return data;
    }

    public static JObject StepOf(DefinitionDocument document, string stepId) => document.FindStep(stepId) ?? throw new InvalidOperationException(stepId);
}
