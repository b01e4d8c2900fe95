using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Definitions;

/// <summary>Published versions never change; several versions run side by side.</summary>
public class VersioningTests
{
    private static readonly DateTimeOffset PublishedAt = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static DefinitionLoadOptions Options(string root) =>
        new() { PublishedRecords = PublishedVersionLockFile.Read(root) };

    [Fact]
    public void Publishing_marks_the_file_published_and_records_its_hash()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        folder.Write("procedures/sample/v1.json", DefinitionText.Valid());

        var outcome = DefinitionPublisher.Publish(root, "sample", 1, "analyst", PublishedAt, Options(root));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Contains("\"status\": \"published\"", File.ReadAllText(Path.Combine(root, "sample", "v1.json")));
        var record = Assert.Single(PublishedVersionLockFile.Read(root));
        Assert.Equal(("sample", 1, "analyst"), (record.ProcedureId, record.Version, record.PublishedBy));
        var loaded = DefinitionLoader.LoadFolder(root, Options(root));
        Assert.Empty(loaded.Problems);
        Assert.Equal(record.ContentHash, loaded.Catalog.Find("sample", 1)!.Source.ContentHash);
    }

    [Fact]
    public void A_published_file_that_changes_is_refused_with_a_sentence_that_says_to_make_the_next_version()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        var file = folder.Write("procedures/sample/v1.json", DefinitionText.Valid());
        DefinitionPublisher.Publish(root, "sample", 1, "analyst", PublishedAt, Options(root));

        File.WriteAllText(file, File.ReadAllText(file).Replace("\"value\": 2, \"unit\": \"working-days\"", "\"value\": 3, \"unit\": \"working-days\""));
        var loaded = DefinitionLoader.LoadFolder(root, Options(root));

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(ProblemCodes.PublishedFileChanged, problem.Code);
        Assert.Equal("procedures/sample/v1.json", problem.File);
        Assert.Contains("v2.json", problem.Message);
        Assert.Null(loaded.Catalog.Find("sample", 1));
    }

    [Fact]
    public void A_changed_published_version_names_the_next_free_version_not_one_that_exists()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        var file = folder.Write("procedures/sample/v1.json", DefinitionText.Valid());
        DefinitionPublisher.Publish(root, "sample", 1, "analyst", PublishedAt, Options(root));
        folder.Write("procedures/sample/v2.json", DefinitionText.Valid(version: 2));

        File.WriteAllText(file, File.ReadAllText(file).Replace("\"value\": 2, \"unit\": \"working-days\"", "\"value\": 3, \"unit\": \"working-days\""));
        var problem = Assert.Single(DefinitionLoader.LoadFolder(root, Options(root)).Problems, p => p.Code == ProblemCodes.PublishedFileChanged);

        Assert.Contains("v3.json", problem.Message);
        Assert.DoesNotContain("v2.json", problem.Message);
    }

    [Fact]
    public void Reformatting_a_published_file_is_not_a_change()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        var file = folder.Write("procedures/sample/v1.json", DefinitionText.Valid());
        DefinitionPublisher.Publish(root, "sample", 1, "analyst", PublishedAt, Options(root));

        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("\n", "\r\n").Replace("  ", "    "));

        Assert.Empty(DefinitionLoader.LoadFolder(root, Options(root)).Problems);
    }

    [Fact]
    public void A_published_version_whose_file_is_missing_is_skipped_alike_by_the_advice_and_by_the_new_version()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        var file = folder.Write("procedures/sample/v1.json", DefinitionText.Valid());
        DefinitionPublisher.Publish(root, "sample", 1, "analyst", PublishedAt, Options(root));
        PublishedVersionLockFile.Write(root, new PublishedVersionRecord("sample", 2, "sha256:v2", PublishedAt.AddDays(1), "analyst"));
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"value\": 2, \"unit\": \"working-days\"", "\"value\": 3, \"unit\": \"working-days\""));

        var problem = Assert.Single(DefinitionLoader.LoadFolder(root, Options(root)).Problems, p => p.Code == ProblemCodes.PublishedFileChanged);
        var created = DefinitionPublisher.CreateNextVersion(root, "sample", null, null);

        Assert.Contains("v3.json", problem.Message);
        Assert.Equal(Path.Combine(root, "sample", "v3.json"), created);
    }

    [Fact]
    public void Turning_a_published_file_back_into_a_draft_is_refused()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        var file = folder.Write("procedures/sample/v1.json", DefinitionText.Valid());
        DefinitionPublisher.Publish(root, "sample", 1, "analyst", PublishedAt, Options(root));

        File.WriteAllText(file, File.ReadAllText(file).Replace("\"published\"", "\"draft\""));

        Assert.Equal(ProblemCodes.PublishedFileChanged, Assert.Single(DefinitionLoader.LoadFolder(root, Options(root)).Problems).Code);
    }

    [Fact]
    public void Drafts_may_change_freely()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        var file = folder.Write("procedures/sample/v1.json", DefinitionText.Valid());
        Assert.Empty(DefinitionLoader.LoadFolder(root, Options(root)).Problems);

        File.WriteAllText(file, File.ReadAllText(file).Replace("Thẩm định", "Thẩm định hồ sơ"));

        var loaded = DefinitionLoader.LoadFolder(root, Options(root));
        Assert.Empty(loaded.Problems);
        Assert.Equal("Thẩm định hồ sơ", loaded.Catalog.Find("sample", 1)!.Process.Find("review")!.Name);
    }

    [Fact]
    public void A_new_version_starts_as_a_draft_copy_and_both_versions_load_side_by_side()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        folder.Write("procedures/sample/v1.json", DefinitionText.Valid(extra: "\n  \"effectiveFrom\": \"2025-01-01\","));
        DefinitionPublisher.Publish(root, "sample", 1, "analyst", PublishedAt, Options(root));

        var v2Path = DefinitionPublisher.CreateNextVersion(root, "sample", null, null);
        File.WriteAllText(v2Path, File.ReadAllText(v2Path)
            .Replace("\"2025-01-01\"", "\"2026-07-01\"")
            .Replace("\"value\": 2, \"unit\": \"working-days\"", "\"value\": 3, \"unit\": \"working-days\""));

        var catalog = DefinitionLoader.LoadFolder(root, Options(root)).Catalog;
        Assert.Equal([1, 2], catalog.Versions("sample").Select(v => v.Version));
        Assert.Equal(DefinitionStatus.Draft, catalog.Find("sample", 2)!.Status);
        Assert.Equal(1, catalog.InForce("sample", new DateOnly(2026, 8, 1))!.Version);

        DefinitionPublisher.Publish(root, "sample", 2, "analyst", PublishedAt.AddDays(1), Options(root));
        catalog = DefinitionLoader.LoadFolder(root, Options(root)).Catalog;
        Assert.Equal(1, catalog.InForce("sample", new DateOnly(2026, 6, 30))!.Version);
        Assert.Equal(2, catalog.InForce("sample", new DateOnly(2026, 7, 1))!.Version);
        Assert.Equal(2, catalog.Find("sample", 1)!.Process.Find("review")!.Duration!.Value);
        Assert.Equal(3, catalog.Find("sample", 2)!.Process.Find("review")!.Duration!.Value);
    }

    [Fact]
    public void A_version_recorded_in_the_database_but_missing_from_the_folder_is_loaded_from_the_record()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        var file = folder.Write("procedures/sample/v1.json", DefinitionText.Valid(status: "published"));
        var read = DefinitionLoader.LoadFile(file, "procedures/sample/v1.json", "sample", new DefinitionLoadOptions());
        var record = new PublishedVersionRecord("sample", 1, read.Definition!.Source.ContentHash, PublishedAt, "analyst", read.Definition.Source.CanonicalJson);
        File.Delete(file);
        folder.Write("procedures/other/v1.json", DefinitionText.Valid(id: "other"));

        var loaded = DefinitionLoader.LoadFolder(root, new DefinitionLoadOptions { PublishedRecords = [record] });

        Assert.Empty(loaded.Problems);
        Assert.Equal("Thẩm định", loaded.Catalog.Find("sample", 1)!.Process.Find("review")!.Name);
    }

    [Fact]
    public void A_file_whose_content_differs_from_the_database_record_is_refused()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        folder.Write("procedures/sample/v1.json", DefinitionText.Valid(status: "published"));
        var record = new PublishedVersionRecord("sample", 1, "sha256:0000", PublishedAt, "analyst");

        var loaded = DefinitionLoader.LoadFolder(root, new DefinitionLoadOptions { PublishedRecords = [record] });

        Assert.Equal(ProblemCodes.PublishedFileChanged, Assert.Single(loaded.Problems).Code);
    }

    [Fact]
    public void A_folder_holding_a_file_that_is_not_a_version_is_reported()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        folder.Write("procedures/sample/latest.json", DefinitionText.Valid());
        Assert.Contains(DefinitionLoader.LoadFolder(root).Problems, p => p.Code == ProblemCodes.FileNameMismatch && p.File == "procedures/sample/latest.json");
    }

    [Fact]
    public void A_procedure_id_that_differs_from_its_folder_is_reported()
    {
        using var folder = new TemporaryFolder();
        var root = Path.Combine(folder.Path, "procedures");
        folder.Write("procedures/other-name/v1.json", DefinitionText.Valid());
        var problem = Assert.Single(DefinitionLoader.LoadFolder(root).Problems);
        Assert.Equal(ProblemCodes.FolderMismatch, problem.Code);
        Assert.Equal("$.id", problem.JsonPath);
    }
}
