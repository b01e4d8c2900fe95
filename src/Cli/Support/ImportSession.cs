using System.Globalization;
using Workflow.Engine.Definitions.Interchange;
using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Definitions.Validation;
using Workflow.Engine.Localization;
using Workflow.Engine.Workspace;

namespace Workflow.Cli.Support;

/// <summary>
/// The procedures folder as an import sees it on the command line: loaded once, checked with the lock file's publications,
/// drafts validated as the designer validates them (<see cref="DraftCheck"/>), and a person's confirmation asked before writing.
/// </summary>
public sealed class ImportSession
{
    private ImportSession(string root, ProceduresWorkspace workspace, DefinitionLoadOptions options)
    {
        Root = root;
        Workspace = workspace;
        Options = options;
    }

    public string Root { get; }

    public ProceduresWorkspace Workspace { get; }

    public DefinitionLoadOptions Options { get; }

    public CultureInfo? Culture => Options.Culture;

    public static ImportSession Open(string? procedures, CultureInfo culture)
    {
        var root = ProceduresFolder.Resolve(procedures);
        var workspace = ProceduresWorkspace.Load(root, culture);
        if (workspace.Organisation is null)
        {
            throw new CliException(Text.Pick(culture, "Cơ cấu tổ chức có lỗi; chạy workflow validate và sửa trước khi nhập.", "The organisation has errors; run workflow validate and fix them before importing."));
        }

        var options = ProceduresWorkspace.DefinitionOptions(root, culture, calendar: workspace.Calendar) with { Organisation = new OrganisationKindCatalog(workspace.Organisation) };
        return new ImportSession(root, workspace, options);
    }

    public DefinitionReadResult Validate(string text, string procedureId, int version) =>
        DraftCheck.Check(text, $"{Path.GetFileName(Root)}/{procedureId}/v{version}.json", procedureId, version, Options, Workspace.Catalog.All.ToList());

    public IReadOnlyList<TableRow> ReadTable(string file)
    {
        if (!File.Exists(file))
        {
            throw new CliException(Text.Pick(Culture, $"Không có tệp \"{file}\".", $"There is no file \"{file}\"."));
        }

        try
        {
            return TableFile.Read(file, Culture);
        }
        catch (TableFileException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Whether the person confirms writing: <c>--yes</c>, or an answer starting with c(ó) or y(es) on the terminal.</summary>
    public bool Confirm(int drafts, bool yes, TextWriter output)
    {
        if (yes)
        {
            return true;
        }

        output.Write(Text.Pick(Culture, $"Ghi {drafts} bản nháp? [c/K] ", $"Write {drafts} drafts? [y/N] "));
        var answer = Console.In.ReadLine()?.Trim().ToLowerInvariant() ?? "";
        return answer.StartsWith('c') || answer.StartsWith('y');
    }

    public void Write(string procedureId, int version, string text, TextWriter output)
    {
        try
        {
            var path = DraftWriter.Write(Root, procedureId, version, text, Options.PublishedRecords, Culture);
            output.WriteLine(Text.Pick(Culture, $"Đã ghi {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}.", $"Wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}."));
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message);
        }
    }
}
