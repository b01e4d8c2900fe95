using System.Net.Http.Headers;
using System.Text;

namespace Workflow.Server.Tests.Support.Fuzzing;

/// <summary>One generated request to one operation: the address with its path and query values, and the body as sent.</summary>
public sealed record FuzzRequest(PublishedOperation Operation, string Address, FuzzBody Body)
{
    public HttpRequestMessage ToMessage() => new(new HttpMethod(Operation.Method), Address) { Content = Body.ToContent() };

    /// <summary>What a failure prints, with long values cut so the report stays readable.</summary>
    public override string ToString() => $"{Operation.Method} {Cut(Address, 400)} [{Body}]";

    internal static string Cut(string text, int length) => text.Length <= length ? text : $"{text[..length]}… ({text.Length} chars)";
}

/// <summary>A body: none, text of a media type, or a multipart form with one file.</summary>
public sealed record FuzzBody(string? MediaType, string? Text, byte[]? File = null, string? FileName = null)
{
    public static readonly FuzzBody None = new(null, null);

    public HttpContent? ToContent()
    {
        if (File is not null)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(File);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", FileName ?? "file");
            return form;
        }

        if (Text is null)
        {
            return null;
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(MediaType!);
        return content;
    }

    public override string ToString() =>
        File is not null ? $"multipart file \"{FuzzRequest.Cut(FileName ?? "", 80)}\" of {File.Length} bytes"
        : Text is null ? "no body"
        : $"{MediaType}: {FuzzRequest.Cut(Text, 600)}";
}
