using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Workflow.Engine.Diagnostics;

namespace Workflow.Engine.Tests.Diagnostics;

public class ProblemPositionTests
{
    private static JObject Parse(string json) => JObject.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });

    [Fact]
    public void A_property_is_located_at_the_opening_quote_of_its_name()
    {
        var root = Parse("{\n  \"name\": \"x\",\n    \"to\": \"nowhere\"\n}");
        var (line, column) = ProblemList.Position(root["to"]);
        Assert.Equal(3, line);
        Assert.Equal(5, column);
        Assert.Equal("$.to", ProblemList.PathOf(root["to"]!));
    }

    [Fact]
    public void An_array_element_is_located_where_it_starts()
    {
        var root = Parse("{\"steps\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\"}\n]}");
        var second = root["steps"]![1]!;
        var (line, column) = ProblemList.Position(second);
        Assert.Equal(3, line);
        Assert.Equal(3, column);
        Assert.Equal("$.steps[1]", ProblemList.PathOf(second));
    }

    [Fact]
    public void Values_inside_an_array_are_located_at_their_first_character()
    {
        var root = Parse("{\"a\": [\"xy\", 12345, true]}");
        var items = (JArray)root["a"]!;
        Assert.Equal((1, 8), ProblemList.Position(items[0]));
        Assert.Equal((1, 14), ProblemList.Position(items[1]));
        Assert.Equal((1, 21), ProblemList.Position(items[2]));
    }

    [Fact]
    public void The_one_line_form_names_file_line_column_and_path()
    {
        var problem = new Problem(ProblemSeverity.Error, "WF101", "procedures/a/v1.json", 3, 5, "$.to", "Bước \"nowhere\" không tồn tại.");
        Assert.Equal("procedures/a/v1.json:3:5: error WF101 at $.to: Bước \"nowhere\" không tồn tại.", problem.ToString());
    }
}
