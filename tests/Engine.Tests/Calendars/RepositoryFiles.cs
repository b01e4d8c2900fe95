namespace Workflow.Engine.Tests.Calendars;

/// <summary>Finds the repository's own data files, so tests run against what ships.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing Workflow.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootFolder.Value;

    public static string CalendarsFolder => Path.Combine(Root, "procedures", "calendars");

    public static string CalendarSchema => Path.Combine(Root, "procedures", "calendar.schema.json");
}
