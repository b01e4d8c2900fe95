using Workflow.Engine.Tests.Documents;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Definitions;

/// <summary><c>workflow export bpmn|elsa</c> and <c>workflow import bpmn</c> on a copy of the shipped procedures.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ProcessFormatCommandsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("wf-formats");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_version_exported_as_BPMN_imports_back_as_the_next_draft_and_Elsa_prints_a_flowchart()
    {
        var procedures = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var file = Path.Combine(_folder.Path, "certified-copy.bpmn");

        var exported = CliConsole.Run("export", "bpmn", "certified-copy", "--version", "1", "--out", file, "--procedures", procedures);
        var imported = CliConsole.Run("import", "bpmn", file, "--procedures", procedures);
        var elsa = CliConsole.Run("export", "elsa", "certified-copy", "--procedures", procedures);

        Assert.Equal(0, exported.ExitCode);
        Assert.StartsWith("<?xml", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Đã tạo bản nháp", imported.Output, StringComparison.Ordinal);
        var draft = File.ReadAllText(Path.Combine(procedures, "certified-copy", "v2.json"));
        Assert.Contains("\"version\": 2", draft, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"draft\"", draft, StringComparison.Ordinal);
        Assert.Equal(0, elsa.ExitCode);
        Assert.Contains("\"type\": \"Elsa.Flowchart\"", elsa.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_version_or_a_file_that_is_not_BPMN_fails_with_a_sentence()
    {
        var procedures = _folder.CopyFrom(RepositoryPaths.Procedures, "procedures");
        var notBpmn = Path.Combine(_folder.Path, "notes.bpmn");
        File.WriteAllText(notBpmn, "<notes />");

        var missing = CliConsole.Run("export", "bpmn", "certified-copy", "--version", "7", "--procedures", procedures, "--lang", "en");
        var refused = CliConsole.Run("import", "bpmn", notBpmn, "--procedures", procedures, "--lang", "en");

        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("has no version 7", missing.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("not BPMN 2.0", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(procedures, "certified-copy", "v2.json")));
    }
}
