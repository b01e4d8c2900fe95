using System.CommandLine;
using System.Text;
using Workflow.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("workflow — kiểm tra, mô phỏng và quản trị quy trình thủ tục hành chính / validate, simulate and administer procedure workflows");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();
