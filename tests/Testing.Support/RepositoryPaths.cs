namespace Workflow.Testing.Support;

/// <summary>Folders of the repository the tests run in, found by walking up to Workflow.sln; one for every test project.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Procedures => Path.Combine(Root, "procedures");

    public static string ServerProject => Path.Combine(Root, "src", "Server");

    /// <summary>Where the browser tests leave their screenshots (beside the test results, not committed).</summary>
    public static string Screenshots => Path.Combine(Root, "test-results", "screenshots");

    /// <summary>The OpenAPI document the server tests fetched from the real server, for ./test.sh to lint.</summary>
    public static string PublishedOpenApi => Path.Combine(Root, "test-results", "openapi-v1.json");

    /// <summary>The server's own build output, in the configuration the tests were built in.</summary>
    public static string ServerAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return Path.Combine(ServerProject, "bin", configuration, "net10.0", "Workflow.Server.dll");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Workflow.sln was not found above " + AppContext.BaseDirectory);
    }
}
