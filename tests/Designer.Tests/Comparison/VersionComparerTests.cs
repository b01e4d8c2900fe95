using Workflow.Designer.Comparison;
using Workflow.Designer.Editing;
using Workflow.Designer.Tests.Support;

namespace Workflow.Designer.Tests.Comparison;

/// <summary>building-permit-house v1 (district, before 07/2025) against v2 (commune, with a decision and three opinions).</summary>
public class VersionComparerTests
{
    private static VersionComparison BuildingPermit() =>
        VersionComparer.Compare(SampleDefinitions.Read("building-permit-house", 1), SampleDefinitions.Read("building-permit-house", 2));

    [Fact]
    public void The_procedures_own_fields_that_changed_and_only_those()
    {
        var comparison = BuildingPermit();

        Assert.Equal((1, 2), (comparison.BeforeVersion, comparison.AfterVersion));
        Assert.Equal(["level", "receivingUnitKind", "effectiveFrom", "description"], comparison.Metadata.Select(m => m.Path));
        Assert.All(comparison.Metadata, m => Assert.Equal(ChangeKind.Changed, m.Kind));
        var level = comparison.Metadata[0];
        Assert.Equal(("\"district\"", "\"commune\""), (level.Before, level.After));

        var entry = Assert.Single(comparison.Entries);
        Assert.Equal(("data", "heritageZone", ChangeKind.Added), (entry.Section, entry.Id, entry.Kind));
    }

    [Fact]
    public void Steps_added_and_changed_with_their_changed_members_while_reformatted_steps_are_unchanged()
    {
        var steps = BuildingPermit().Steps.ToDictionary(s => s.Id);

        Assert.Equal(
            ["consult-agencies", "consult-land-officer", "head-review", "needs-opinions", "opinions-received", "receive", "return", "review", "sign"],
            steps.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ChangeKind.Added, steps["needs-opinions"].Kind);
        Assert.Equal(ChangeKind.Added, steps["consult-land-officer"].Kind);
        Assert.DoesNotContain(steps.Values, s => s.Kind == ChangeKind.Removed);

        Assert.Equal(["name", "assignee.unitKind", "outcomes[transfer].name"], steps["receive"].Members.Select(m => m.Path));
        Assert.Equal(["assignee.unitKind", "duration.value", "outcomes[approve].to"], steps["review"].Members.Select(m => m.Path));
        Assert.Equal(["assignee", "duration", "outcomes"], steps["review"].ChangedMembers);
        Assert.Equal(["name", "branches"], steps["consult-agencies"].ChangedMembers);
        Assert.Equal(["name", "mode", "next", "count"], steps["opinions-received"].ChangedMembers);
        Assert.Equal(["name", "assignee"], steps["head-review"].ChangedMembers);
        Assert.Equal(["name", "assignee"], steps["sign"].ChangedMembers);
        Assert.Equal(["assignee"], steps["return"].ChangedMembers);

        var count = steps["opinions-received"].Members.Single(m => m.Path == "count");
        Assert.Equal((ChangeKind.Added, null, "2"), (count.Kind, count.Before, count.After));
        var duration = steps["review"].Members.Single(m => m.Path == "duration.value");
        Assert.Equal(("8", "6"), (duration.Before, duration.After));
    }

    [Fact]
    public void Transitions_added_and_removed()
    {
        var transitions = BuildingPermit().Transitions;

        Assert.Equal(
            [
                "review —approve→ needs-opinions",
                "needs-opinions —when heritageZone || floors > 7→ consult-agencies",
                "needs-opinions —otherwise→ head-review",
                "consult-agencies —branch→ consult-land-officer",
                "consult-land-officer —opinion→ opinions-received",
                "opinions-received —next→ head-review",
            ],
            transitions.Where(t => t.Kind == ChangeKind.Added).Select(t => t.Transition.ToString()));
        Assert.Equal(
            ["review —approve→ head-review", "opinions-received —next→ review"],
            transitions.Where(t => t.Kind == ChangeKind.Removed).Select(t => t.Transition.ToString()));
    }

    [Fact]
    public void A_version_compared_with_its_own_copy_as_the_next_draft_has_no_changes()
    {
        var v2 = SampleDefinitions.Read("building-permit-house", 2);
        var comparison = VersionComparer.Compare(v2, SampleDefinitions.NextDraftOf("building-permit-house", 2));

        Assert.False(comparison.HasChanges);

        var edited = SampleDefinitions.NextDraftOf("building-permit-house", 2);
        ProcessEdits.RemoveStep(edited, "consult-land-officer");
        var removed = VersionComparer.Compare(v2, edited);
        Assert.Equal(("consult-land-officer", ChangeKind.Removed), (removed.Steps.Last().Id, removed.Steps.Last().Kind));
        Assert.Equal(["branches"], removed.Steps.Single(s => s.Id == "consult-agencies").ChangedMembers);
    }
}
