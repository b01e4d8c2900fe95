using Workflow.Engine.Localization;

namespace Workflow.Server.Localization;

/// <summary>
/// Engine messages carry both languages as "Vietnamese sentence / English sentence". This picks
/// the half the reader asked for (<see cref="Text.PickHalf"/>).
/// </summary>
public static class BilingualMessage
{
    public static string Pick(string message) => Text.PickHalf(Language.Current, message);
}
