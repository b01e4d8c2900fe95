using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Workflow.Web.Tests.Support;

/// <summary>
/// Demo data for the pages to show: dossiers received at the Hòa An desk through the API (the
/// same engine commands the pages use), some moved on to the economic office.
/// </summary>
public static class DemoDossiers
{
    private static readonly string[] Applicants =
    [
        "Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Minh Đức", "Vũ Thị Giang",
        "Đặng Quốc Huy", "Bùi Thị Hương", "Đỗ Văn Khánh", "Hồ Thị Lan", "Ngô Minh Long", "Dương Thị Mai",
    ];

    public static async Task<int> SeedAsync(string address)
    {
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        var desk = await TokenAsync(client, DemoAccountNames.Desk);
        var created = 0;
        for (var i = 0; i < Applicants.Length; i++)
        {
            var business = i % 3 != 2;
            var body = business
                ? new
                {
                    procedureId = "business-household-registration",
                    receivingUnitId = "p-hoa-an",
                    channel = "desk",
                    applicant = new { name = Applicants[i], phone = $"09120000{i:00}", address = "Phường Hòa An" },
                    data = new Dictionary<string, object> { ["businessName"] = $"Hộ kinh doanh {Applicants[i]}", ["members"] = 1 + (i % 3) },
                    documents = new[] { new { documentId = "giay-de-nghi", originals = 1 }, new { documentId = "giay-to-phap-ly", originals = 1 } },
                    decision = "accept",
                }
                : (object)new
                {
                    procedureId = "birth-registration",
                    receivingUnitId = "p-hoa-an",
                    channel = "desk",
                    applicant = new { name = Applicants[i], phone = $"09130000{i:00}", address = "Phường Hòa An" },
                    data = new Dictionary<string, object> { ["childName"] = $"Bé {Applicants[i].Split(' ')[^1]}", ["birthDate"] = "2026-11-01" },
                    documents = new[] { new { documentId = "to-khai", originals = 1 }, new { documentId = "giay-chung-sinh", originals = 1 } },
                    decision = "accept",
                };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/desk/dossiers") { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", desk);
            var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            created++;
        }

        // One filed online by a citizen: it waits for the desk's check.
        var online = await client.PostAsJsonAsync("/api/public/dossiers", new
        {
            procedureId = "birth-registration",
            receivingUnitId = "p-hoa-an",
            applicant = new { name = OnlineApplicant, phone = "0987654321", address = "Phường Hòa An" },
            data = new Dictionary<string, object> { ["childName"] = "Bé Trang", ["birthDate"] = "2026-11-20" },
            documents = new[] { new { documentId = "to-khai", originals = 1 }, new { documentId = "giay-chung-sinh", originals = 1 } },
        });
        online.EnsureSuccessStatusCode();
        return created + 1;
    }

    /// <summary>The citizen whose online filing the desk checks.</summary>
    public const string OnlineApplicant = "Phan Thị Thu Trang";

    /// <summary>A birth registration received at the desk (for the supplement story).</summary>
    public static string BirthApplicant => Applicants[2];

    /// <summary>A business-household registration received at the desk (for the heads' story).</summary>
    public static string BusinessApplicant => Applicants[3];

    private static async Task<string> TokenAsync(HttpClient client, string userName)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoAccountNames.Password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }
}
