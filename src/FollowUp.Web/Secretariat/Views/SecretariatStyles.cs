using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>The workspace's one stylesheet, inlined and allowed by its hash in the CSP, as the owner's page does.</summary>
internal static class SecretariatStyles
{
    public const string Css = """
        :root{color:#0b0c0c;background:#fff;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",sans-serif}
        body{margin:0}
        .site{background:#0b3d2e;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
        .site p{margin:0;font-weight:600}
        .site a{color:#fff}
        .site nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:0}
        .who{margin-left:auto}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        a{color:#1a4fa3}
        a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,.scroll:focus-visible{outline:3px solid #ffbf47;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
        .card{border:1px solid #b1b4b6;padding:.75rem 1rem}
        .card h2{margin-top:0}
        .big{font-size:2rem;font-weight:700;margin:0}
        svg.bars{width:100%;display:block;margin:.5rem 0}
        .scroll{overflow-x:auto;max-width:100%}
        nav.pager ul{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:1rem 0;padding:0}nav.pager [aria-current]{font-weight:700;color:#0b0c0c}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #b1b4b6;vertical-align:top}
        td.num,th.num{text-align:right}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0;overflow-wrap:anywhere}
        form.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;align-items:end;margin-bottom:1rem}
        fieldset{border:1px solid #505a5f;padding:1rem;margin:1rem 0;min-width:0}
        legend{font-weight:600;padding:0 .25rem}
        .field{margin-bottom:1rem}
        label{display:block;font-weight:600;margin-bottom:.25rem}
        .check label{display:inline;font-weight:400}
        .hint{color:#484949;margin:0 0 .25rem}
        input,select,textarea{font:inherit;color:inherit;background:#fff;border:2px solid #0b0c0c;padding:.3rem;box-sizing:border-box;max-width:100%}
        textarea{width:100%}
        button{font:inherit;font-weight:600;color:#fff;background:#00703c;border:0;border-bottom:3px solid #002d18;padding:.5rem 1rem;cursor:pointer}
        .notice{border-left:6px solid;padding:.5rem 1rem;margin:1rem 0}
        .error{border-color:#b10e1e}
        .success{border-color:#00703c}
        .warning{border-color:#b35c00}
        ol.timeline{list-style:none;padding:0;margin:0}
        ol.timeline li{border-top:1px solid #b1b4b6;padding:.5rem 0}
        .meta{color:#484949;margin:0}
        .note{white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext;margin:.25rem 0 0}
        """;

    public static readonly string Hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)));

    /// <summary>The owner's page policy with this stylesheet's hash: no script, forms to this origin only.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{Hash}'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
}
