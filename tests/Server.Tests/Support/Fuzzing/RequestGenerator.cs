using System.Text;
using System.Text.Json;
using CsCheck;

namespace Workflow.Server.Tests.Support.Fuzzing;

/// <summary>
/// Requests to one operation, generated from what the document says it takes: path and query values
/// of each parameter's schema, and a body of its schema, or one that is empty, malformed, nested
/// past any limit, of the wrong media type, or a file of arbitrary bytes.
/// </summary>
public sealed class RequestGenerator(JsonFromSchema json)
{
    public Gen<FuzzRequest> For(PublishedOperation operation) =>
        Gen.Select(Address(operation), Body(operation), (address, body) => new FuzzRequest(operation, address, body));

    private Gen<string> Address(PublishedOperation operation)
    {
        var address = Gen.Const(operation.Path);
        foreach (var parameter in operation.Parameters.Where(p => p.GetProperty("in").GetString() == "path"))
        {
            var placeholder = "{" + parameter.GetProperty("name").GetString() + "}";
            // A NUL in a path never reaches a server (the in-memory client throws, Kestrel answers 400 itself), nor does an empty segment.
            address = address.SelectMany(path => json.Text(parameter.GetProperty("schema")).Where(value => value.Length > 0 && !value.Contains('\0'))
                .Select(value => path.Replace(placeholder, Uri.EscapeDataString(value), StringComparison.Ordinal)));
        }

        var query = Gen.Const(new List<string>());
        foreach (var parameter in operation.Parameters.Where(p => p.GetProperty("in").GetString() == "query"))
        {
            var name = Uri.EscapeDataString(parameter.GetProperty("name").GetString()!);
            var pair = json.Text(parameter.GetProperty("schema")).Select(value => $"{name}={Uri.EscapeDataString(value)}");
            // Absent, once, or twice (a list where one value is expected).
            query = query.SelectMany(list => Gen.Frequency(
                (2, Gen.Const(list)),
                (6, pair.Select(p => (List<string>)[.. list, p])),
                (1, Gen.Select(pair, pair, (a, b) => (List<string>)[.. list, a, b]))));
        }

        return Gen.Select(address, query, (path, pairs) => pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}");
    }

    private const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>A URL-encoded form with each of the schema's fields, or without it.</summary>
    private Gen<string> Form(JsonElement schema)
    {
        var fields = Gen.Const(new List<string>());
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var name = Uri.EscapeDataString(property.Name);
            fields = fields.SelectMany(list => Gen.Frequency(
                (1, Gen.Const(list)),
                (4, json.Text(property.Value).Select(value => (List<string>)[.. list, $"{name}={Uri.EscapeDataString(value)}"]))));
        }

        return fields.Select(list => string.Join('&', list));
    }

    private Gen<FuzzBody> Body(PublishedOperation operation)
    {
        var malformed = Gen.OneOf(HostileValues.MalformedBodies).Select(text => new FuzzBody("application/json", text));
        var wrongMediaType = Gen.OneOf("text/plain", "application/xml", "application/json; charset=utf-7", "application/x-www-form-urlencoded")
            .Select(type => new FuzzBody(type, "{\"a\":1}"));
        var file = Gen.Select(Gen.Byte.Array[0, 2048], Gen.OneOf("scan.pdf", "anh.jpg", "x", "../../x.png", new string('a', 300) + ".pdf", "tệp\u0000.pdf"), Gen.Bool,
            (bytes, name, pdf) => new FuzzBody(null, null, pdf ? [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), .. bytes] : bytes, name));
        if (operation.JsonBody is { } schema)
        {
            var bodies = new List<(int, IGen<FuzzBody>)>
            {
                (12, json.Value(schema).Select(text => new FuzzBody("application/json", text))),
                (1, Gen.Const(FuzzBody.None)),
                (2, malformed),
                (1, wrongMediaType),
            };
            if (operation.Body(FormMediaType) is { } form)
            {
                bodies.Add((6, Form(form).Select(text => new FuzzBody(FormMediaType, text))));
            }

            return Gen.Frequency([.. bodies]);
        }

        if (operation.BodyMediaTypes.Contains("multipart/form-data"))
        {
            return Gen.Frequency((6, file), (1, Gen.Const(FuzzBody.None)), (1, malformed), (1, wrongMediaType));
        }

        // Operations that take no body get one now and then: it must be ignored or refused, never break them.
        return Gen.Frequency((6, Gen.Const(FuzzBody.None)), (1, malformed), (1, Gen.Const(new FuzzBody("application/json", JsonSerializer.Serialize(new { expectedVersion = 1 })))));
    }
}
