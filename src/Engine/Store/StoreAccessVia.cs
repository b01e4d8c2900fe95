namespace Workflow.Engine.Store;

/// <summary>How the person reading a holder's store proved they may.</summary>
public enum StoreAccessVia
{
    /// <summary>An officer, through a dossier of one of their units.</summary>
    Officer,

    /// <summary>A citizen, with the code and tracking secret of one of their dossiers.</summary>
    Tracking,

    /// <summary>A citizen signed in with their electronic identity.</summary>
    SignIn,
}
