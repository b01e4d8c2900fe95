using Workflow.Engine.Definitions.Versioning;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Definitions.Interchange;

/// <summary>
/// Writes a confirmed import's draft on the command line, under the designer's rules: never over a published
/// version, and a new file only as the procedure's next version. (The designer writes through its workspace.)
/// </summary>
public static class DraftWriter
{
    /// <exception cref="InvalidOperationException">The version is published, or out of sequence; the message is a sentence.</exception>
    public static string Write(string proceduresRoot, string procedureId, int version, string text, IReadOnlyList<PublishedVersionRecord> recorded, System.Globalization.CultureInfo? culture)
    {
        var path = DefinitionPublisher.VersionPath(proceduresRoot, procedureId, version);
        var target = DraftTarget.For(proceduresRoot, procedureId, recorded);
        if (target.Version != version)
        {
            throw new InvalidOperationException(Text.Pick(culture,
                $"{procedureId} đã thay đổi từ lúc chạy thử (bản nháp giờ là v{target.Version}, không phải v{version}); chạy lại lệnh nhập.",
                $"{procedureId} changed since the dry run (its draft is now v{target.Version}, not v{version}); run the import again."));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
