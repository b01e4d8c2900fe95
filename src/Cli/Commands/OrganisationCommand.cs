using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Cli.Support;
using Workflow.Engine.Organisation.Administration;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.Errors;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow organisation export</c>: write the organisation the database holds in the file's format, for review in git.</summary>
public static class OrganisationCommand
{
    public static Command Create()
    {
        var organisation = new Command("organisation", "Cơ cấu tổ chức trong CSDL / the organisation in the database");
        organisation.Subcommands.Add(Export());
        return organisation;
    }

    private static Command Export()
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var output = new Option<string?>("--output") { Description = "Tệp ghi ra, ví dụ procedures/organisation/organisation.json (mặc định: in ra màn hình) / output file (default: stdout)" };
        var command = new Command("export", "Xuất cơ cấu tổ chức từ CSDL theo định dạng organisation.json / export the organisation as organisation.json") { provider, connection, output };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var options = DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection));
            using var engine = EngineServices.For(options);
            string content;
            try
            {
                content = OrganisationStore.ExportAsync(engine.GetRequiredService<WorkflowDbContextFactory>()).GetAwaiter().GetResult();
            }
            catch (WorkflowException ex)
            {
                throw new CliException(ex.Message);
            }

            if (result.GetValue(output) is { } file)
            {
                File.WriteAllText(file, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Console.WriteLine($"Đã ghi {file}. / Wrote {file}.");
            }
            else
            {
                Console.Write(content);
            }

            return 0;
        }));
        return command;
    }
}
