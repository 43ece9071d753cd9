"""Amounts recognizer: sentences a reader would write, with the amounts they state and those they do not."""

from __future__ import annotations

import pytest

from ftextract.document import AmountKind, Document, SpanKind
from ftextract.recognize.amounts import find


def amounts(text: str) -> list[tuple[str, int | float, str]]:
    doc = Document(text)
    spans = find(doc)
    for span in spans:
        assert span.kind == SpanKind.AMOUNT
        assert span.text == text[span.start : span.end]
        assert span.rule.startswith("amounts:")
    return [(s.text, s.value.value, s.value.unit) for s in spans]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La région débloque 2 millions d’euros pour les start-up.", ("2 millions d’euros", 2000000, "EUR")),
        ("Le budget atteint 1,5 Md€ cette année.", ("1,5 Md€", 1500000000, "EUR")),
        ("Une levée de fonds de 3 M€ a été bouclée.", ("3 M€", 3000000, "EUR")),
        ("Il a écopé de 250 euros d’amende.", ("250 euros", 250, "EUR")),
        ("Le contrat vaut 12 millions de dollars.", ("12 millions de dollars", 12000000, "USD")),
        ("La ville a reçu 40 millions $ CA du fédéral.", ("40 millions $ CA", 40000000, "CAD")),
        ("Le club a payé 80 millions de livres sterling.", ("80 millions de livres sterling", 80000000, "GBP")),
        ("Une amende de 150.000 GNF lui a été infligée.", ("150.000 GNF", 150000, "GNF")),
        ("Le ticket coûte 3 euros 50.", ("3 euros 50", 3.5, "EUR")),
        ("Le fonds pèse $ 75 millions.", ("$ 75 millions", 75000000, "USD")),
        ("Le prix est de 10 000 francs CFA.", ("10 000 francs CFA", 10000, "XOF")),
    ],
)
def test_money_has_an_iso_code(sentence, expected):
    assert expected in amounts(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le chômage recule à 7,4 % au troisième trimestre.", ("7,4 %", 7.4, "%")),
        ("La part des femmes est passée à 23.1% en 2018.", ("23.1%", 23.1, "%")),
        ("Il a obtenu 52 pour cent des voix.", ("52 pour cent", 52, "%")),
        ("Vingt pour cent des salariés sont en grève.", ("Vingt pour cent", 20, "%")),
    ],
)
def test_percent(sentence, expected):
    assert expected in amounts(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le tunnel mesure 12 km de long.", ("12 km", 12, "kilomètre")),
        ("Le parc éolien produira 300 MW.", ("300 MW", 300, "mégawatt")),
        ("La forêt couvre 5 ha.", ("5 ha", 5, "hectare")),
        ("Près de 45 tonnes de pesticides ont été épandues.", ("45 tonnes", 45, "tonne")),
        ("La norme est de 0,1 µg/l dans l'eau potable.", ("0,1 µg/l", 0.1, "microgramme par litre")),
        ("Il roulait à 140 km/h sur la rocade.", ("140 km/h", 140, "kilomètre par heure")),
        ("Il fera 35 °C à Lyon.", ("35 °C", 35, "degré Celsius")),
    ],
)
def test_physical_measures_use_the_french_unit_name(sentence, expected):
    assert expected in amounts(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le secteur représente 40 000 emplois dans la métropole.", ("40 000 emplois", 40000, "emploi")),
        ("Quatre corps ont été retrouvés sous les décombres.", ("Quatre corps", 4, "corps")),
        ("L'effondrement a fait huit morts.", ("huit morts", 8, "mort")),
        ("Une centaine de sauveteurs sont mobilisés.", ("Une centaine de sauveteurs", 100, "sauveteur")),
        ("Environ 200 personnes ont été évacuées.", ("200 personnes", 200, "personne")),
        ("Le programme accompagne 150 start-up.", ("150 start-up", 150, "start-up")),
        ("La ville compte 2 millions d'habitants.", ("2 millions d'habitants", 2000000, "habitant")),
        ("Le conseil accueille 69 nouveaux administrateurs.", ("69 nouveaux administrateurs", 69, "administrateur")),
        (
            "Une vingtaine de sapeurs-pompiers sont intervenus.",
            ("Une vingtaine de sapeurs-pompiers", 20, "sapeur-pompier"),
        ),
        ("Trois journaux locaux ont fermé.", ("Trois journaux", 3, "journal")),
        ("Le club compte 27 pts au classement.", ("27 pts", 27, "point")),
        ("Il a signé deux matches nuls.", ("deux matches", 2, "match")),
    ],
)
def test_counts_use_the_singular_noun(sentence, expected):
    assert expected in amounts(sentence)


def test_kinds():
    doc = Document("Il a versé 5 euros, soit 3 % du total, pour 4 km et 2 chiens.")
    kinds = [s.value.kind for s in find(doc)]
    assert kinds == [AmountKind.MONEY, AmountKind.PERCENT, AmountKind.QUANTITY, AmountKind.COUNT]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le projet coûtera entre 2 et 3 millions d'euros.",
            [("2", 2000000, "EUR"), ("3 millions d'euros", 3000000, "EUR")],
        ),
        ("La hausse sera de 10 à 15 %.", [("10", 10, "%"), ("15 %", 15, "%")]),
        ("Deux ou trois personnes ont été blessées.", [("Deux", 2, "personne"), ("trois personnes", 3, "personne")]),
        ("Les prix montent de 10-15 %.", [("10", 10, "%"), ("15 %", 15, "%")]),
    ],
)
def test_a_range_gives_one_amount_per_number(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "L'usine a ouvert en 2019.",
        "Les résultats 2018 sont bons.",
        "Rendez-vous le 3 avril à la mairie.",
        "Il a terminé 13e de la course.",
        "Le 1er mai est férié.",
        "Elle est arrivée deuxième.",
        "Les travaux dureront trois mois.",
        "Le chômage a doublé en 10 dernières années.",
        "Le train part à 14h30.",
        "Le train part à 06:45.",
        "La réunion commence à 9 h 30.",
        "Appelez le 06 12 34 56 78.",
        "Écrivez au 13001 Marseille.",
        "Le drame a eu lieu au 17 rue de Tivoli.",
        "Le gouvernement a utilisé l'article 49.3.",
        "Il invoque la loi n°58 de 1958.",
        "Le PSG s'est imposé 3-0.",
        "Match nul (2-2) à Lyon.",
        "Il a marqué un point décisif.",
        "Une maison a brûlé.",
        "Des dizaines de milliers de manifestants ont défilé.",
        "Des milliers de personnes étaient là.",
        "Le covid-19 circule toujours.",
        "La COP21 s'est tenue à Paris.",
        "Voir la page 12 du rapport.",
        "Il a dû payer trois fois plus.",
        "Les deux tiers des Français approuvent.",
        "Il y a une dizaine de jours.",
        "La ligne 13 du métro est fermée.",
        "Le reportage passe ce soir sur France 3 Limousin.",  # a number inside a channel's name
    ],
)
def test_not_amounts(sentence):
    assert amounts(sentence) == []


def test_a_number_never_takes_a_noun_from_the_next_line():
    assert amounts("Le score final est 3\nPersonnes présentes : beaucoup") == []


def test_approximators_stay_out_of_the_span():
    assert amounts("Plus de 7 000 morts selon le ministère.") == [("7 000 morts", 7000, "mort")]


def test_spans_are_sorted_and_deterministic():
    text = "Il y a 3 chats, 12 % de hausse et 5 euros de plus. " * 3
    first = find(Document(text))
    assert first == find(Document(text))
    assert [(s.start, s.end) for s in first] == sorted((s.start, s.end) for s in first)


def money_units(text: str, context: str = "", title: str = "") -> list[str]:
    return [s.value.unit for s in find(Document(text, title=title, context=context))]


LOCAL_DOLLARS = [
    # (title, text, removed chrome, unit of every bare dollar)
    ("", "Le contrat vaut 12 millions de dollars.", "", "USD"),
    ("", "La Ville de Montréal investira 25 000 $ dans le projet, a annoncé Québec, au nom du Canada.", "", "CAD"),
    # Two passing mentions in one sentence are the topic, not the page.
    ("", "Sa filiale du Québec a vendu une mine au Canada pour 11 millions de $.", "", "USD"),
    ("", "Le projet coûtera 4 millions de dollars.", "Montréal\nQuébec\nCanada\nSports", "CAD"),
    ("Trottinettes : Montréal serre la vis", "L'amende passe à 150 $ pour les usagers québécois.", "", "CAD"),
    ("", "Sydney a dépensé 3 millions de dollars, un record en Australie.", "Australie\nMonde", "AUD"),
    # One Canadian word in an article about Washington: the dollar stays American.
    (
        "",
        "Washington a signé un contrat de 2 milliards de dollars avec une firme canadienne, aux États-Unis.",
        "",
        "USD",
    ),
]


@pytest.mark.parametrize(("title", "text", "context", "unit"), LOCAL_DOLLARS)
def test_a_bare_dollar_is_the_dollar_of_the_page_country(title: str, text: str, context: str, unit: str) -> None:
    assert set(money_units(text, context, title)) == {unit}


def test_a_marked_dollar_keeps_its_mark_on_a_canadian_page() -> None:
    text = "Le Québec a versé 10 millions $ US et 5 millions $ CA, selon Montréal."
    assert money_units(text) == ["USD", "CAD"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il faut 1/2 litre de lait pour la pâte.", ("1/2 litre", 0.5, "litre")),
        ("Le tracé ajoute 10 1/2 km de piste cyclable.", ("10 1/2 km", 10.5, "kilomètre")),
        ("Un demi-litre d'eau par personne suffit.", ("Un demi-litre", 0.5, "litre")),
        ("Le camion a perdu une demi-tonne de sable.", ("une demi-tonne", 0.5, "tonne")),
        ("Il a fait - 12 °C cette nuit à Mouthe.", ("- 12 °C", -12, "degré Celsius")),
        ("Le thermomètre est descendu à - 5 degrés.", ("- 5 degrés", -5, "degré")),
        ("Le livre coûte 20€43 en librairie.", ("20€43", 20.43, "EUR")),
        ("Le café coûte un euro cinquante.", ("un euro cinquante", 1.5, "EUR")),
        ("La taxe rapporte cinquante centimes par litre.", ("cinquante centimes", 0.5, "EUR")),
    ],
)
def test_fractions_halves_signs_and_cents(sentence, expected):
    assert expected in amounts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Un quart des salariés et 1/3 des cadres sont partis.",
        "Son demi-frère est arrivé avec une demi-heure de retard.",
        "Le bouchon s'étend de Paris - 20 kilomètres plus loin.",
        "Le service fonctionne 24/7 depuis mars.",
        "Je serai absent du 3 au 12 de Sept pour les vendanges.",
    ],
)
def test_shares_dashes_and_months_are_no_amounts(sentence):
    found = amounts(sentence)
    assert all(value > 0 for _, value, _ in found)
    assert not [a for a in found if a[2] in ("salarié", "cadre", "frère", "heure", "pour")]
    assert not [a for a in found if a[1] in (0.25, 1 / 3, 0.5, 7)]


def test_a_proportion_is_no_count():
    assert amounts("Ainsi, huit véhicules sur dix étaient mal garés.") == []
    assert ("3 films", 3, "film") in amounts("Il a vu 3 films sur deux jours.")


def test_a_spelled_list_shares_its_noun():
    assert amounts("Vingt, trente, cinquante morts d'un coup.") == [
        ("Vingt", 20, "mort"),
        ("trente", 30, "mort"),
        ("cinquante morts", 50, "mort"),
    ]


def test_a_participle_is_no_counted_noun(analyzed):
    doc = analyzed("Un troisième corps a été extrait après les deux retrouvés dans la nuit.")
    assert [s.text for s in find(doc)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le mouvement a connu 800 condamnations, dont 388 se sont traduites par de la prison ferme.",
            [("800 condamnations", 800, "condamnation"), ("388", 388, "condamnation")],
        ),
        (
            "Le SPVM a remis 1 500 constats d’infraction, dont 324 concernant le port du casque.",
            [("1 500 constats", 1500, "constat"), ("324", 324, "constat")],
        ),
        (
            "Trois des cinq notabilités convoquées par le parquet ont été entendues.",
            [("Trois", 3, "notabilité"), ("cinq notabilités", 5, "notabilité")],
        ),
    ],
)
def test_a_part_of_a_count_takes_its_noun(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "2" means 2 millions here: a scaled whole passes no noun, rather than a wrong value
        (
            "La région compte 3 millions d’habitants, dont 2 dans la métropole.",
            [("3 millions d’habitants", 3000000, "habitant")],
        ),
        ("Il a reçu 20 lettres. Dont 5 sans adresse, dit-on.", [("20 lettres", 20, "lettre")]),  # another sentence
        ("L’équipe a marqué 3 buts, dont 5 de la tête.", [("3 buts", 3, "but")]),  # a part larger than its whole
    ],
)
def test_a_part_of_a_count_is_left_alone_where_its_noun_would_mislead(sentence, expected):
    assert amounts(sentence) == expected
