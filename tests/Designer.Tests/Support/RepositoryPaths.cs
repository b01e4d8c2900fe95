namespace Workflow.Designer.Tests.Support;

/// <summary>Finds the repository's folders from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Procedures => Path.Combine(Root, "procedures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Workflow.sln not found above " + AppContext.BaseDirectory);
    }
}
