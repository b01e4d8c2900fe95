using Workflow.Engine.Definitions.Loading;
using Workflow.Engine.Diagnostics;
using Workflow.Engine.Localization;

namespace Workflow.Engine.Tests.Definitions;

/// <summary>
/// <c>minimumAssuranceLevel</c>: the lowest level of a citizen's electronic identity an online
/// submission needs. It guards online submission only, and is a whole number from 1.
/// </summary>
public sealed class AssuranceLevelTests
{
    private const string DeskOnly = "\"onlineMode\": \"none\", \"channels\": [\"desk\"],";

    private const string Online = "\"onlineMode\": \"full\", \"channels\": [\"desk\", \"online\"], \"minimumAssuranceLevel\": 2,";

    private static DefinitionReadResult Load(string text) =>
        DefinitionLoader.LoadText(text, "procedures/sample/v1.json", "sample", 1, new DefinitionLoadOptions { Culture = Text.Vietnamese });

    private static string WithChannels(string channels)
    {
        var text = DefinitionText.Valid().Replace("\"onlineMode\": \"none\",", "", StringComparison.Ordinal).Replace("\"channels\": [\"desk\"],", "", StringComparison.Ordinal);
        return text.Replace("\"receivingUnitKind\": \"commune\",", "\"receivingUnitKind\": \"commune\", " + channels, StringComparison.Ordinal);
    }

    [Fact]
    public void An_online_procedure_may_ask_for_a_level_and_the_definition_carries_it()
    {
        var read = Load(WithChannels(Online));
        Assert.Empty(read.Problems);
        Assert.Equal(2, read.Definition!.MinimumAssuranceLevel);
    }

    [Fact]
    public void A_level_on_a_procedure_not_offered_online_is_WF090()
    {
        var problems = Load(WithChannels(DeskOnly + " \"minimumAssuranceLevel\": 2,")).Problems;
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.AssuranceWithoutOnline, problem.Code);
        Assert.Equal("$.minimumAssuranceLevel", problem.JsonPath);
        Assert.Contains("chỉ áp dụng cho nộp hồ sơ trực tuyến", problem.Message);
    }

    [Fact]
    public void A_level_below_1_is_refused_by_the_schema()
    {
        var problems = Load(WithChannels(Online.Replace("2,", "0,", StringComparison.Ordinal))).Problems;
        Assert.Contains(problems, p => p.Code == ProblemCodes.InvalidValue && p.IsError);
    }
}
