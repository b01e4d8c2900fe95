using System.Security.Cryptography;

namespace Workflow.Server.Security;

/// <summary>
/// A random value per response that the Content-Security-Policy names, so the one inline script the
/// pages need (the import map, which lets the browser cache modules under their fingerprinted names)
/// runs and no injected one does.
/// </summary>
public static class ScriptNonce
{
    private const string Key = "workflow.script-nonce";

    public static string For(HttpContext context)
    {
        if (context.Items[Key] is string nonce)
        {
            return nonce;
        }

        // Hexadecimal: nothing in it is escaped when written into the page's HTML.
        nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
        context.Items[Key] = nonce;
        return nonce;
    }
}
