using Workflow.Engine.Definitions.Model;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>One line of the documents checklist: which paper, and how many of each kind were received.</summary>
public sealed record ReceivedDocument(string DocumentId, int Originals = 0, int CertifiedCopies = 0, int Photocopies = 0)
{
    /// <summary>The complete checklist of a procedure: every required paper in the counts the definition asks for.</summary>
    public static IReadOnlyList<ReceivedDocument> AllRequiredBy(ProcedureDefinition definition) =>
        definition.Documents.Where(d => d.Required).Select(d => new ReceivedDocument(d.Id, d.Originals, d.CertifiedCopies, d.Photocopies)).ToList();
}
