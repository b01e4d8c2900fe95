using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Workflow.Server.Localization;

/// <summary>Vietnamese by default; English when Accept-Language (or <c>?culture=en</c>) asks for it.</summary>
public static class RequestLanguages
{
    public static RequestLocalizationOptions Options()
    {
        var supported = new[] { new CultureInfo("vi-VN"), new CultureInfo("vi"), new CultureInfo("en"), new CultureInfo("en-US"), new CultureInfo("en-GB") };
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("vi-VN"),
            SupportedCultures = supported,
            SupportedUICultures = supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
    }
}
