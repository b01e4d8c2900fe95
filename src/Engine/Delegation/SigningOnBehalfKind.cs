namespace Workflow.Engine.Delegation;

/// <summary>How an officer signs for the head of a unit (Decree 30/2020/NĐ-CP, art. 13).</summary>
public enum SigningOnBehalfKind
{
    /// <summary>Ký thay (KT.): a deputy signs for the head.</summary>
    Kt,

    /// <summary>Thừa lệnh (TL.): an officer signs by order of the head.</summary>
    Tl,

    /// <summary>Thừa ủy quyền (TUQ.): an officer signs under the head's written authorisation, for its period.</summary>
    Tuq,
}
