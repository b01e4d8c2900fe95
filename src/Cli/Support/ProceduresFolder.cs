using Workflow.Engine.Localization;

namespace Workflow.Cli.Support;

/// <summary>Finds the <c>procedures/</c> folder: the one given, or the nearest one above the current directory.</summary>
public static class ProceduresFolder
{
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            if (Directory.Exists(given) || File.Exists(given))
            {
                return Path.GetFullPath(given);
            }

            throw new CliException(Text.Pick(null,
                $"Không tìm thấy \"{given}\". Chỉ ra thư mục procedures hoặc một tệp định nghĩa.",
                $"\"{given}\" does not exist. Name the procedures folder or one definition file."));
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "procedures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new CliException(Text.Pick(null,
            "Không tìm thấy thư mục procedures ở thư mục hiện tại hay các thư mục cha. Chạy lệnh trong kho mã hoặc chỉ ra đường dẫn.",
            "No procedures folder here or above. Run the command inside the repository or give the path."));
    }
}
