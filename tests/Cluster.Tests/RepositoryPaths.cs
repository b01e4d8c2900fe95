namespace Workflow.Cluster.Tests;

public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Procedures => Path.Combine(Root, "procedures");

    private static string Find()
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
