using System.CommandLine;

namespace Workflow.Cli.Commands;

/// <summary>Options several commands share, spelled the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Language() => new("--lang")
    {
        Description = "Ngôn ngữ thông báo: vi (mặc định) hoặc en / message language: vi (default) or en",
    };

    public static Option<string?> Procedures() => new("--procedures")
    {
        Description = "Thư mục procedures (mặc định: tìm từ thư mục hiện tại) / the procedures folder",
    };
}
