using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Server.Authentication;
using Workflow.Server.Seeding;

namespace Workflow.Server.Hosting;

/// <summary>Once the server listens, prints where it is and, with the demo seed, the demo accounts and their password.</summary>
public static class StartupBanner
{
    public static void Register(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => _ = PrintAsync(app));

    private static async Task PrintAsync(WebApplication app)
    {
        try
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var workspace = app.Services.GetRequiredService<WorkspaceAccessor>().Current;
            var database = app.Services.GetRequiredService<WorkflowDbContextFactory>();
            var output = new System.Text.StringBuilder();
            output.AppendLine();
            output.AppendLine("Hệ thống một cửa đã sẵn sàng / The one-stop workflow server is running");
            foreach (var address in addresses)
            {
                output.AppendLine($"  Địa chỉ / Address:   {address}");
                output.AppendLine($"  Tài liệu API / API:  {address}/api/docs   (OpenAPI: {address}/openapi/v1.json)");
                output.AppendLine($"  Tình trạng / Health: {address}/health   Số liệu / Metrics: {address}/metrics");
            }

            output.AppendLine($"  Cơ sở dữ liệu / Database: {DatabaseSettings.Describe(database.Options)}");
            output.AppendLine($"  Thủ tục / Procedures: {workspace.Catalog.ProcedureIds.Count()} ({workspace.Root})");
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<ServerUser>>();
                if (scope.ServiceProvider.GetRequiredService<DemoSeeder>().DemoEnabled && await users.FindByNameAsync(DemoAccounts.All[0].UserName) is not null)
                {
                    output.AppendLine($"  Tài khoản mẫu / Demo accounts (mật khẩu / password: {DemoAccounts.Password}):");
                    foreach (var account in DemoAccounts.All)
                    {
                        output.AppendLine($"    {account.UserName,-26} {account.DisplayName,-18} {string.Join(",", account.Roles),-14} {account.Duty}");
                    }
                }
            }

            Console.Out.Write(output.ToString());
            await Console.Out.FlushAsync();
        }
        catch (Exception ex)
        {
            app.Logger.LogWarning(ex, "Could not print the startup banner");
        }
    }
}
