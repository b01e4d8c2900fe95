namespace Workflow.Engine.Audit;

/// <summary>
/// Two checkpoints chained to the same predecessor, each intact: two writers sealed at the same
/// moment (before writers took turns). Nothing was edited or removed, so it is reported apart
/// from the breaks and does not make the journal fail verification.
/// </summary>
public sealed record CheckpointFork(long CheckpointId, long ParentId, long SiblingId)
{
    public string Message(bool english = false) => english
        ? $"Checkpoint {CheckpointId} follows checkpoint {ParentId}, as checkpoint {SiblingId} does: two checkpoints were written at the same moment and the chain forked there. Both are intact; nothing was altered."
        : $"Mốc niêm phong {CheckpointId} nối tiếp mốc {ParentId} như mốc {SiblingId}: hai lần niêm phong chạy cùng lúc nên chuỗi mốc rẽ nhánh tại đây. Cả hai mốc đều nguyên vẹn; không có gì bị sửa.";
}
