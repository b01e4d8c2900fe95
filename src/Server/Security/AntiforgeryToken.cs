namespace Workflow.Server.Security;

/// <summary>The antiforgery token and where to put it: the header for scripts, the form field for forms.</summary>
public sealed record AntiforgeryToken(string Token, string HeaderName, string FormFieldName);
