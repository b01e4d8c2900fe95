using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Engine.Definitions.Versioning;

namespace Workflow.Server.Tests.Support;

/// <summary>
/// The server with citizen sign-in and officer single sign-on both configured against a real
/// OpenID Connect provider on loopback, which the server reaches over HTTP. The clock starts at the
/// real time: the provider signs tokens with it, and the sign-in cookies must not expire in the test's browser.
/// Adds <see cref="VerifiedProcedure"/>, a procedure offered online only to level 2 identities.
/// </summary>
public sealed class CitizenSignInServerFactory : ServerFactory, IAsyncLifetime
{
    public const string VerifiedProcedure = "certified-copy-verified";
    public const string CitizenClient = "mot-cua-cong-dan";
    public const string OfficerClient = "mot-cua-can-bo";

    public LoopbackOidcProvider Provider { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Provider = await LoopbackOidcProvider.StartAsync();
        Provider.RegisterClient(CitizenClient, "bi-mat-cong-dan");
        Provider.RegisterClient(OfficerClient, "bi-mat-can-bo");
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
        AddVerifiedProcedure(Procedures);
    }

    /// <summary>A site client that keeps cookies over HTTPS (the citizen cookie is Secure) and does not follow redirects.</summary>
    public HttpClient Site() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:Citizen:Authority", Provider.Authority);
        builder.UseSetting("Authentication:Citizen:ClientId", CitizenClient);
        builder.UseSetting("Authentication:Citizen:ClientSecret", "bi-mat-cong-dan");
        builder.UseSetting("Authentication:Citizen:RequireHttpsMetadata", "false");
        builder.UseSetting("Authentication:Citizen:AssuranceClaim", "loa");
        builder.UseSetting("Authentication:Citizen:AssuranceLevels:0:Value", "urn:dinhdanh:loa:basic");
        builder.UseSetting("Authentication:Citizen:AssuranceLevels:0:Level", "1");
        builder.UseSetting("Authentication:Citizen:AssuranceLevels:1:Value", "urn:dinhdanh:loa:high");
        builder.UseSetting("Authentication:Citizen:AssuranceLevels:1:Level", "2");
        builder.UseSetting("Authentication:Citizen:IdNumberClaim", "so_dinh_danh");
        builder.UseSetting("Authentication:Oidc:Authority", Provider.Authority);
        builder.UseSetting("Authentication:Oidc:ClientId", OfficerClient);
        builder.UseSetting("Authentication:Oidc:ClientSecret", "bi-mat-can-bo");
        builder.UseSetting("Authentication:Oidc:RequireHttpsMetadata", "false");
    }

    /// <summary>The certified copy again, under another id, asking for level 2; published with its hash recorded, as the designer would.</summary>
    private static void AddVerifiedProcedure(string procedures)
    {
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(procedures, "certified-copy", "v1.json")))!.AsObject();
        definition["id"] = VerifiedProcedure;
        definition["code"] = "9.000001";
        definition["minimumAssuranceLevel"] = 2;
        var folder = Directory.CreateDirectory(Path.Combine(procedures, VerifiedProcedure)).FullName;
        var text = definition.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(Path.Combine(folder, "v1.json"), text);
        var canonical = ContentHash.CanonicalJson(Newtonsoft.Json.Linq.JToken.Parse(text));
        PublishedVersionLockFile.Write(procedures, new PublishedVersionRecord(VerifiedProcedure, 1, ContentHash.OfCanonical(canonical), DateTimeOffset.UtcNow, "analyst"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Provider.DisposeAsync();
    }
}
