namespace Workflow.Engine.Audit;

/// <summary>The verifier's verdict: how much was checked, and every broken place.</summary>
public sealed record JournalVerification(long Entries, int Dossiers, int Checkpoints, IReadOnlyList<JournalBreak> Breaks)
{
    public bool IsIntact => Breaks.Count == 0;

    /// <summary>Places where two checkpoints were written at once; not damage, see <see cref="CheckpointFork"/>.</summary>
    public IReadOnlyList<CheckpointFork> Forks { get; init; } = [];

    public string Summary(bool english = false) => IsIntact
        ? english
            ? $"{Entries} entries in {Dossiers} dossiers, intact ({Checkpoints} checkpoints verified)."
            : $"{Entries} mục nhật ký trong {Dossiers} hồ sơ, toàn vẹn ({Checkpoints} mốc niêm phong đã kiểm tra)."
        : english
            ? $"{Entries} entries in {Dossiers} dossiers: {Breaks.Count} broken places."
            : $"{Entries} mục nhật ký trong {Dossiers} hồ sơ: {Breaks.Count} chỗ bị phá vỡ.";
}
