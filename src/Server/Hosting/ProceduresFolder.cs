namespace Workflow.Server.Hosting;

/// <summary>
/// Finds <c>procedures/</c>: the <c>Procedures:Path</c> setting when given, otherwise the first
/// folder named <c>procedures</c> that holds an organisation, walking up from the content root.
/// </summary>
public static class ProceduresFolder
{
    public static string Locate(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Procedures:Path"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(Path.Combine(contentRoot, configured));
            if (!Directory.Exists(path))
            {
                throw new StartupException($"Không có thư mục thủ tục {path} (Procedures:Path). / The procedures folder {path} (Procedures:Path) does not exist.");
            }

            return path;
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "procedures");
            if (File.Exists(Path.Combine(candidate, "organisation", "organisation.json")))
            {
                return candidate;
            }
        }

        throw new StartupException(
            $"Không tìm thấy thư mục procedures/ từ {contentRoot} trở lên; đặt Procedures:Path. / No procedures/ folder was found at or above {contentRoot}; set Procedures:Path.");
    }
}
