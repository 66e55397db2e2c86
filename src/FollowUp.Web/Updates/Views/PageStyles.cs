using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Web.Updates.Views;

/// <summary>
/// The pages' only stylesheet, inlined so a page is one request on a slow connection, and allowed by
/// the CSP through its hash rather than <c>'unsafe-inline'</c>.
/// </summary>
internal static class PageStyles
{
    public const string Css = """
        :root{color:#0b0c0c;background:#fff;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",sans-serif}
        body{margin:0}
        .site{background:#0b3d2e;color:#fff;padding:.5rem 1rem}
        .site p{margin:0;font-weight:600}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        a{color:#1a4fa3}
        a:visited{color:#4c2c92}
        a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #ffbf47;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0}
        dl.facts ul{margin:0;padding-left:1.25rem}
        fieldset{border:1px solid #505a5f;padding:1rem;margin:1.5rem 0 1rem}
        legend{font-weight:600;font-size:1.2rem;padding:0 .25rem}
        .field{margin-bottom:1.25rem}
        label{display:block;font-weight:600;margin-bottom:.25rem}
        .hint{color:#484949;margin:0 0 .25rem}
        input,select,textarea{font:inherit;color:inherit;background:#fff;border:2px solid #0b0c0c;padding:.4rem;box-sizing:border-box;max-width:100%}
        input[type=number]{width:7rem}
        select,input[type=date]{min-width:12rem}
        textarea{width:100%}
        [aria-invalid=true]{border-color:#b10e1e}
        button{font:inherit;font-weight:600;color:#fff;background:#00703c;border:0;border-bottom:3px solid #002d18;padding:.6rem 1.2rem;cursor:pointer}
        button:hover{background:#005a30}
        .notice{border-left:6px solid;padding:.5rem 1rem;margin:1rem 0}
        .notice h2{margin-top:.25rem}
        .error{border-color:#b10e1e}
        .success{border-color:#00703c}
        .warning{border-color:#b35c00}
        .field-error{color:#b10e1e;font-weight:600;margin:0 0 .25rem}
        ol.history{list-style:none;padding:0;margin:0}
        ol.history li{border-top:1px solid #b1b4b6;padding:.5rem 0}
        .meta{color:#484949;margin:0}
        .note{white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext;margin:.25rem 0 0}
        progress{vertical-align:middle}
        """;

    /// <summary>The CSP source for <see cref="Css"/>: <c>sha256-</c> and the base64 of its UTF-8 bytes' SHA-256.</summary>
    public static readonly string Hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)));
}
