namespace Workflow.Cli.Support;

/// <summary>Runs a command body, turning usage mistakes into a sentence on stderr and exit code 2.</summary>
public static class CommandRunner
{
    public const int UsageError = 2;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return UsageError;
        }
    }
}
