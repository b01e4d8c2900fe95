using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Runtime.Fees;
using Workflow.Testing.Support;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// The server with a real SMTP server on loopback for its notifications, a 1 MB upload limit, and
/// a payment gateway standing in for the external one (whose callbacks the test signs).
/// </summary>
public sealed class CitizenServerFactory : ServerFactory
{
    public const string GatewaySecret = "cong-thanh-toan-thu-nghiem";

    public LoopbackSmtpServer Smtp { get; } = LoopbackSmtpServer.Start();

    public RecordingPaymentGateway Gateway { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:Smtp:Host", Smtp.Host);
        builder.UseSetting("Notifications:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notifications:Smtp:Security", "None");
        builder.UseSetting("Uploads:MaxMegabytes", "1");
        builder.UseSetting("Payments:Gateway:Secret", GatewaySecret);
        builder.ConfigureTestServices(services => services.AddSingleton<IPaymentGateway>(Gateway));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}

/// <summary>The external payment gateway's side, as far as the server sees it: it hands out references and payment pages.</summary>
public sealed class RecordingPaymentGateway : IPaymentGateway
{
    private int _next;

    public List<(string Dossier, decimal Amount)> Started { get; } = [];

    public Task<GatewayPayment> StartAsync(string dossierCode, decimal amount, string description, Uri returnUrl, CancellationToken cancellationToken = default)
    {
        lock (Started)
        {
            Started.Add((dossierCode, amount));
        }

        var reference = $"GW-{Interlocked.Increment(ref _next):000000}";
        return Task.FromResult(new GatewayPayment(reference, new Uri($"https://thanhtoan.example.vn/pay/{reference}?return={Uri.EscapeDataString(returnUrl.ToString())}")));
    }
}
