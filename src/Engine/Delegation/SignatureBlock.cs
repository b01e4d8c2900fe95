using System.Globalization;
using Workflow.Engine.Persistence.Entities;

namespace Workflow.Engine.Delegation;

/// <summary>
/// The signature block of a document signed on behalf (Decree 30/2020/NĐ-CP, appendix I): the
/// abbreviation and the head's title on the first line, the signer's own title on the second, both in
/// capitals, then the signature and the signer's name, e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Văn B".
/// </summary>
public sealed record SignatureBlock(string AuthorityLine, string TitleLine, string Name)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static SignatureBlock Of(SigningAuthorisationRecord authorisation) =>
        new($"{Prefix(authorisation.Kind)} {Vietnamese.TextInfo.ToUpper(authorisation.PrincipalTitle.Trim())}",
            Vietnamese.TextInfo.ToUpper(authorisation.SignerTitle.Trim()), authorisation.SignerName);

    /// <summary>"KT.", "TL." or "TUQ.".</summary>
    public static string Prefix(SigningOnBehalfKind kind) => kind switch
    {
        SigningOnBehalfKind.Kt => "KT.",
        SigningOnBehalfKind.Tl => "TL.",
        _ => "TUQ.",
    };

    /// <summary>The block as one line of text, its three parts separated by " / ".</summary>
    public override string ToString() => $"{AuthorityLine} / {TitleLine} / {Name}";
}
