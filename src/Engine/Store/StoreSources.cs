namespace Workflow.Engine.Store;

/// <summary>The sources the electronic data store is made of; a new kind of stored document is one more line here.</summary>
public static class StoreSources
{
    public static readonly IReadOnlyList<IStoreSource> All = [new ElectronicResultSource()];

    public static IStoreSource? Named(string name) => All.FirstOrDefault(s => s.Name == name);
}
