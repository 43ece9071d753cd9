"""HTML to lines: one line per block, inline markup kept in its paragraph, chrome containers hinted."""

from __future__ import annotations

import re

import pytest

from ftextract import main_text
from ftextract.document import Line
from ftextract.html import layout, page_title, to_lines
from ftextract.resources import table

BODY = (
    "Le conseil municipal de Montpellier a voté mardi soir un budget de 12\u00a0millions d’euros "
    "pour rénover les écoles du quartier de la Paillade, a annoncé le maire."
)
SECOND = (
    "Les travaux commenceront en septembre et dureront deux ans, selon l’adjoint chargé "
    "de l’éducation, qui promet des classes « plus lumineuses et mieux isolées »."
)
# Lines the main-text extractor keeps are tagged so; without it, their container's tag.
MAIN = main_text.EXTRACTED if main_text.extractor_id() else "article"
PAGE = f"""<!DOCTYPE html>
<html lang="fr"><head>
  <title>Montpellier : 12 millions pour les écoles
    | Le Journal</title>
  <style>p {{ color: red }}</style>
  <script>window.dataLayer = [];</script>
</head>
<body class="single-post has-sidebar">
  <header class="site-header">
    <nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li></ul></nav>
  </header>
  <main>
    <article>
      <header><h1>Montpellier : 12 millions pour les écoles</h1>
        <p class="chapo">La ville lance un vaste plan de rénovation.</p></header>
      <p>{BODY}</p>
      <p>{SECOND}</p>
      <figure><img src="ecole.jpg" alt="une école">
        <figcaption>L’école Jules-Ferry. <span>Photo DR</span></figcaption></figure>
      <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    </article>
    <aside><h2>À lire aussi</h2><ul><li><a href="/a">Le budget voté</a></li></ul></aside>
    <div id="comments"><h3>Laisser un commentaire</h3>
      <form><label>Votre e-mail</label><input type="email"><button>Envoyer</button></form></div>
  </main>
  <footer><p>© 2024 Le Journal</p><p><a href="/mentions">Mentions légales</a></p></footer>
  <noscript>Activez JavaScript</noscript>
</body></html>"""


def lines_of(html: str) -> list[tuple[str, str]]:
    """Lines and their structural tags (before the main-text vote)."""
    return [(line.text, line.tag) for line in layout(html)]


def visible(html: str) -> str:
    """The page's text with markup, scripts and styles removed and ASCII whitespace collapsed."""
    text = re.sub(r"<(script|style|noscript|title)\b.*?</\1>", "", html, flags=re.S)
    text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", "\u00a0")
    return re.sub(r"[ \t\r\n]+", " ", text)


def test_article_page_lines_and_tags():
    assert lines_of(PAGE) == [
        ("Accueil", "nav"),
        ("Politique", "nav"),
        ("Montpellier : 12 millions pour les écoles", "h1"),
        ("La ville lance un vaste plan de rénovation.", "article"),
        (BODY, "article"),
        (SECOND, "article"),
        ("L’école Jules-Ferry. Photo DR", "figcaption"),
        ("Facebook Twitter", "share"),
        ("À lire aussi", "aside"),
        ("Le budget voté", "aside"),
        ("Laisser un commentaire", "comment"),
        ("Votre e-mail", "form"),
        ("Envoyer", "form"),
        ("© 2024 Le Journal", "footer"),
        ("Mentions légales", "footer"),
    ]


def test_every_line_is_findable_in_the_visible_text():
    text = visible(PAGE)
    assert all(line.text in text for line in to_lines(PAGE))


def test_blank_before_marks_every_block_but_the_first():
    lines = to_lines(PAGE)
    assert not lines[0].blank_before
    assert all(line.blank_before for line in lines[1:])


def test_link_lines():
    links = {line.text: line.link for line in to_lines(PAGE)}
    assert links["Accueil"] and links["Facebook Twitter"] and links["Mentions légales"]
    assert not links[BODY] and not links["© 2024 Le Journal"]


def test_inline_markup_stays_in_its_paragraph():
    html = (
        "<p>Le préfet de l’<a href='/herault'>Hérault</a> a <em>finalement</em> signé "
        "l’arrêté, <strong>jeudi</strong>, après <span class='x'>trois</span> semaines.</p>"
    )
    [line] = to_lines(html)
    assert line.text == "Le préfet de l’Hérault a finalement signé l’arrêté, jeudi, après trois semaines."
    assert not line.link


def test_inline_elements_written_without_spaces_join_as_a_browser_shows_them():
    [line] = to_lines("<p>Le <b>Con</b>seil d’<i>État</i> a tranché.</p>")
    assert line.text == "Le Conseil d’État a tranché."


def test_br_splits_a_block_without_a_blank_line():
    html = "<p>Le Journal<br>12 rue de la République<br/>13001 Marseille</p><p>Contact</p>"
    lines = to_lines(html)
    assert [line.text for line in lines] == ["Le Journal", "12 rue de la République", "13001 Marseille", "Contact"]
    assert [line.blank_before for line in lines] == [False, False, False, True]


def test_nested_divs_split_at_each_block():
    html = "<div>Avant <div>Au milieu <div>Au fond</div></div> Après</div>"
    assert [text for text, _ in lines_of(html)] == ["Avant", "Au milieu", "Au fond", "Après"]


def test_entities_and_no_break_spaces_are_kept():
    [line] = to_lines("<p>Le pr&eacute;fet&nbsp;: 3&nbsp;000 &eacute;l&egrave;ves &amp; 12&#8239;%</p>")
    assert line.text == "Le préfet\u00a0: 3\u00a0000 élèves & 12\u202f%"


def test_ascii_whitespace_collapses_to_one_space():
    [line] = to_lines("<p>  Le   maire\n\n  a\tparlé.  </p>")
    assert line.text == "Le maire a parlé."


def test_preformatted_text_keeps_its_lines():
    html = "<pre>Résultats :\n  Liste A   52 %\n  Liste B   48 %</pre>"
    assert [text for text, _ in lines_of(html)] == ["Résultats :", "Liste A 52 %", "Liste B 48 %"]


@pytest.mark.parametrize(
    "dropped",
    [
        "<script>var titre = 'Caché';</script>",
        "<style>.caché { display: none }</style>",
        "<noscript>Caché</noscript>",
        "<template><p>Caché</p></template>",
        "<svg><title>Caché</title><text>Caché</text></svg>",
        "<iframe>Caché</iframe>",
        "<!-- Caché -->",
        "<div hidden>Caché</div>",
        "<div style='display: none'>Caché</div>",
    ],
)
def test_invisible_content_is_dropped(dropped):
    assert lines_of(f"<body><p>Visible</p>{dropped}<p>Aussi visible</p></body>") == [
        ("Visible", ""),
        ("Aussi visible", ""),
    ]


def test_deep_nesting_does_not_crash():
    html = "<html><body>" + "<div>" * 10_000 + "<p>Tout au fond</p>" + "</div>" * 10_000 + "</body></html>"
    assert [line.text for line in to_lines(html)] == ["Tout au fond"]


def test_deep_inline_nesting_does_not_crash():
    html = "<p>" + "<span>" * 10_000 + "Texte" + "</span>" * 10_000 + " fin</p>"
    assert [line.text for line in to_lines(html)] == ["Texte fin"]


@pytest.mark.parametrize(
    ("container", "tag"),
    [
        ('<div class="social-share">', "share"),
        ('<div class="c-article__related">', "related"),
        ('<section id="newsletterBox">', "newsletter"),
        ('<div class="cookie-banner">', "cookie"),
        ('<div class="fil-ariane breadcrumb">', "nav"),
        ('<div role="navigation">', "nav"),
        ('<div class="pub-slot">', "advert"),
        ('<ul class="menu-principal">', "nav"),
        ('<div role="contentinfo">', "footer"),
        ('<aside class="bloc">', "aside"),
        ('<form action="/recherche">', "form"),
    ],
)
def test_chrome_hints(container, tag):
    name = re.match(r"<(\w+)", container).group(1)
    html = f"<main><p>{BODY}</p><p>{SECOND}</p>{container}<p>Abonnez-vous</p></{name}></main>"
    assert lines_of(html)[-1] == ("Abonnez-vous", tag)


def test_class_hint_beats_the_element_name_on_the_same_container():
    html = f"<p>{BODY}</p><aside class='related-posts'><p>Sur le même sujet</p></aside>"
    assert lines_of(html)[-1] == ("Sur le même sujet", "related")


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div class="content-with-sidebar">',
        '<div class="has-comments">',
        '<div class="social-embed">',
        '<div class="layout-sidebar-right">',
        '<div class="elementor-widget-container">',
    ],
)
def test_a_chrome_named_wrapper_around_the_article_is_not_chrome(wrapper):
    html = f"<body>{wrapper}<p>{BODY}</p><p>{SECOND}</p></div><nav><a href='/'>Accueil</a></nav></body>"
    assert lines_of(html) == [(BODY, ""), (SECOND, ""), ("Accueil", "nav")]


def test_a_form_around_the_whole_page_is_not_chrome():
    html = f"<body><form id='aspnetForm'><div class='contenu'><p>{BODY}</p><p>{SECOND}</p></div></form></body>"
    assert lines_of(html) == [(BODY, ""), (SECOND, "")]


def test_article_header_is_the_article_not_the_site_header():
    html = (
        f"<header><a href='/'>Le Journal</a></header><article><header><h1>Le titre</h1></header><p>{BODY}</p></article>"
    )
    assert lines_of(html) == [("Le Journal", "header"), ("Le titre", "h1"), (BODY, "article")]


def test_page_title():
    assert page_title(PAGE) == "Montpellier : 12 millions pour les écoles | Le Journal"
    assert page_title("<html><body><p>Sans titre</p></body></html>") == ""


def test_text_without_markup_is_one_line():
    assert to_lines("Un texte sans balise.") == [Line("Un texte sans balise.")]


def test_hint_data_file_is_well_formed():
    rows = table("html_hints.tsv", 2)
    tokens = [token for token, _ in rows]
    assert len(tokens) == len(set(tokens))
    assert all(token == token.lower() and token.isalnum() for token in tokens)
    assert {hint for _, hint in rows} <= {
        "nav", "footer", "aside", "share", "comment", "newsletter", "related", "cookie", "advert", "header", "-",
    }  # fmt: skip


def test_headline_in_a_menu_is_not_tagged_as_the_headline():
    html = (
        "<html><body><nav><h1>Le Journal</h1><a href='/'>Accueil</a></nav>"
        f"<article><h1>Montpellier rénove ses écoles</h1><p>{BODY}</p></article></body></html>"
    )
    tags = dict(lines_of(html))
    assert tags["Le Journal"] == "nav"
    assert tags["Montpellier rénove ses écoles"] == "h1"


def test_main_text_lines_are_tagged_extracted():
    tags = {line.text: line.tag for line in to_lines(PAGE)}
    assert tags[BODY] == tags[SECOND] == MAIN
    assert tags["Accueil"] == "nav" and tags["Mentions légales"] == "footer"
    assert tags["Montpellier : 12 millions pour les écoles"] == "h1"


def test_a_headline_styled_with_a_chrome_like_class_is_still_the_headline():
    # Le Figaro hides a copy of the headline from its pager: "fig-headline fig-pagination__hidden".
    html = (
        "<html><body><article><h1 class='fig-headline fig-pagination__hidden'>Montpellier rénove ses écoles</h1>"
        f"<p>{BODY}</p></article></body></html>"
    )
    assert dict(lines_of(html))["Montpellier rénove ses écoles"] == "h1"


def test_the_page_headline_is_the_title_and_a_section_label_above_it_goes():
    from ftextract.pipeline import clean

    html = (
        "<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><main><article>"
        "<p class='kicker'>International</p>"
        "<h1 class='fig-headline fig-pagination__hidden'>Montpellier rénove ses écoles</h1>"
        f"<p>{BODY}</p><p>{SECOND}</p></article></main><footer>Mentions légales</footer></body></html>"
    )
    page = clean(html.encode(), "page.html")
    assert page.title == "Montpellier rénove ses écoles"
    assert page.lines[0] == "Montpellier rénove ses écoles" and "International" not in page.lines
    assert BODY in page.lines
