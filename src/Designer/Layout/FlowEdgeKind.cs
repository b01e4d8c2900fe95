namespace Workflow.Designer.Layout;

public enum FlowEdgeKind
{
    /// <summary>Leads on to a later layer.</summary>
    Forward,

    /// <summary>Goes back to a step already on the way here (rework, a supplement that resumes earlier): drawn back, right to left.</summary>
    Back,

    /// <summary>A parallel step's link to the join that closes its branches; not a move of the dossier, so it does not shape the layers.</summary>
    JoinAssociation,
}
