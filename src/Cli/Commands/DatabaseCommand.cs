using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Cli.Support;
using Workflow.Engine.Persistence;

namespace Workflow.Cli.Commands;

/// <summary><c>workflow db migrate|script</c>: bring a database to the current schema, or write the SQL to do it.</summary>
public static class DatabaseCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Quản trị cơ sở dữ liệu / database administration");
        db.Subcommands.Add(Migrate());
        db.Subcommands.Add(Script());
        return db;
    }

    private static Command Migrate()
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var command = new Command("migrate", "Tạo hoặc nâng cấp CSDL / create or upgrade the database") { provider, connection };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var options = DatabaseArguments.Resolve(result.GetValue(provider), result.GetValue(connection));
            using var engine = EngineServices.For(options);
            var factory = engine.GetRequiredService<WorkflowDbContextFactory>();
            using var context = factory.Create();
            var pending = context.Database.GetPendingMigrations().ToList();
            factory.MigrateAsync().GetAwaiter().GetResult();
            Console.WriteLine(pending.Count == 0
                ? "CSDL đã ở phiên bản mới nhất. / The database is up to date."
                : $"Đã áp dụng {pending.Count} migration: {string.Join(", ", pending)}. / Applied {pending.Count} migrations.");
            return 0;
        }));
        return command;
    }

    private static Command Script()
    {
        var provider = DatabaseArguments.Provider();
        var output = new Option<string?>("--output") { Description = "Tệp SQL đầu ra (mặc định: in ra màn hình) / output file (default: stdout)" };
        var command = new Command("script", "Viết kịch bản SQL idempotent của mọi migration / write the idempotent migration script") { provider, output };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var chosen = result.GetValue(provider) ?? "Sqlite";
            if (!DatabaseOptions.TryParseProvider(chosen, out var kind))
            {
                throw new CliException($"\"{chosen}\" không phải nhà cung cấp CSDL; dùng Sqlite, Postgres hoặc SqlServer.");
            }

            using var engine = EngineServices.For(DatabaseOptions.ForScripting(kind));
            var factory = engine.GetRequiredService<WorkflowDbContextFactory>();
            using var context = factory.Create();
            var migrator = context.GetService<IMigrator>();
            var sql = migrator.GenerateScript(options: kind == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent);
            if (result.GetValue(output) is { } file)
            {
                File.WriteAllText(file, sql);
                Console.WriteLine($"Đã ghi {file}. / Wrote {file}.");
            }
            else
            {
                Console.Write(sql);
            }

            return 0;
        }));
        return command;
    }
}
