"""Model entities with their edges and kinds set right, read with the real model."""

import pytest

from ftextract.document import SpanKind
from ftextract.recognize import ner


def _found(analyzed, text):
    return {(s.text, s.kind) for s in ner.find(analyzed(text))}


def _an_organization_only(record, name):
    assert name in {e.name for e in record.organizations}
    assert name not in {e.name for e in [*record.people, *record.places]}


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        (
            "Le tabloïd révèle que le ministre de la Santé Roman Prymula s'est retrouvé dans un restaurant.",
            "Roman Prymula",
            SpanKind.PERSON,
        ),
        (
            "«On a senti une odeur de gaz», avait ainsi indiqué à l'AFP Savera Mosnier, habitante.",
            "AFP",
            SpanKind.ORGANIZATION,
        ),
        (
            "Le ministre a visité l'Hôpital universitaire d'Ostrava mercredi.",
            "Hôpital universitaire d'Ostrava",
            SpanKind.ORGANIZATION,
        ),
        (
            "Le match a été reporté, a indiqué jeudi le président de la Fondation, Ties van der Meer.",
            "Ties van der Meer",
            SpanKind.PERSON,
        ),
        ("Les agences sanitaires (Efsa en Europe, Anses en France) ont un avis unanime.", "Europe", SpanKind.PLACE),
    ],
)
def test_entity_is_found_with_clean_edges_and_kind(analyzed, text, span, kind):
    assert (span, kind) in _found(analyzed, text)


def test_a_byline_signs_the_article_and_names_no_one(analyzed):
    found = _found(analyzed, "Les enfants jouent dans la cour.\nRecueilli par Patrick ANGEVIN.")
    assert not any("ANGEVIN" in text for text, _ in found)


def test_a_photo_credit_in_brackets_names_no_one(analyzed):
    text = "La cote de confiance d'Emmanuel Macron ne progresse pas. (Eric Tschaen/Pool/Sipa)"
    found = _found(analyzed, text)
    assert ("Emmanuel Macron", SpanKind.PERSON) in found
    assert not any("Tschaen" in t for t, _ in found)


def test_a_weekday_after_a_place_is_not_part_of_it(analyzed):
    found = _found(analyzed, "Le match prévu au Burkina-Faso dimanche a été annulé par la fédération.")
    assert not any("dimanche" in t for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Une gerbe a été déposée par l'Union nationale des orphelins de déportés et fusillés.",
            "Union nationale des orphelins de déportés et fusillés",
        ),
        (
            "Le président de l'Association nationale des anciens combattants de la Résistance a pris la parole.",
            "Association nationale des anciens combattants de la Résistance",
        ),
        (
            "Une gerbe a été déposée par la Fédération nationale des déportés, internés, résistants et patriotes.",
            "Fédération nationale des déportés, internés, résistants et patriotes",
        ),
    ],
)
def test_a_long_association_name_runs_to_its_last_noun(analyzed, text, name):
    assert (name, SpanKind.ORGANIZATION) in _found(analyzed, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Fédération française de football et son président ont signé.", "Fédération française de football"),
        ("La Fédération française de judo organise samedi un stage à Nancy.", "Fédération française de judo"),
        ("La Caisse de la Moselle ferme le samedi.", "Caisse de la Moselle"),  # "ferme", read as an adjective
        ("La Fondation de France ferme ses portes en août.", "Fondation de France"),
    ],
)
def test_an_organization_name_stops_before_a_determiner_or_a_weekday(analyzed, text, name):
    assert (name, SpanKind.ORGANIZATION) in _found(analyzed, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Puis les jeunes Maxévillois ont visité le musée de la Cour d'or.", "Maxévillois"),
        ("Il y a trois semaines, l'Uruguayen envisageait de quitter le club.", "Uruguayen"),
        ("Trois Allemands ont été interpellés près de Metz.", "Allemands"),
        ("Un camion s'est renversé sur l'A36 hier vers 18h15.", "A36"),
        ("La collision a eu lieu à l'intersection de la RD192 et du chemin rural.", "RD192"),
    ],
)
def test_inhabitants_and_road_numbers_are_no_places(analyzed, text, word):
    assert not any(word in t and kind is SpanKind.PLACE for t, kind in _found(analyzed, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parti de Cholet (Maine et Loire) mardi, le chauffeur est arrivé à Nancy le lendemain.", "Maine et Loire"),
        ("Le festival se tiendra cet été à La Rochelle, sur le Vieux-Port.", "La Rochelle"),
        ("L'école maternelle existe à Vignot depuis 1965.", "Vignot"),
        ("Il a consacré sa vie à la laiterie, à Sorcy-Saint-Martin.", "Sorcy-Saint-Martin"),
        ("Il a travaillé toute sa vie dans une ferme de Bouxières-aux-Dames.", "Bouxières-aux-Dames"),
        # a region of 1982-2015, which an inhabitant's name also spells ("une Lorraine de 30 ans")
        ("Une bande de 110 km de large comprenant la Lorraine bénéficiera de l'éclipse.", "Lorraine"),
        ("Les élus de la Franche-Comté ont voté le budget.", "Franche-Comté"),
    ],
)
def test_places_keep_their_whole_name(extract_text, text, name):
    assert name in {place.name for place in extract_text(text).places}


def test_a_kin_after_a_is_still_a_person(analyzed):
    found = _found(analyzed, "Il s'est marié à Soha en 2015, à Gaza.")
    assert not any(t == "Soha" and kind is SpanKind.PLACE for t, kind in found)


def test_a_capitalised_noun_after_l_is_no_person(analyzed):
    found = _found(analyzed, "M. Rivasseau a réaffirmé l'exigence du respect des droits de l'Homme au Tibet.")
    assert not any(t == "Homme" for t, _ in found)


def test_a_person_name_starts_at_a_capital(analyzed):
    found = _found(analyzed, "Dans un premier temps, le président nancéien invita Pablo à cesser sa carrière.")
    assert not any(kind is SpanKind.PERSON and t[0].islower() for t, kind in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("M. Milutinovic a été incarcéré au centre de détention de La Haye, mardi.", "La Haye"),
        ("Natif des Forges de Méziré, il a fréquenté l'école du village.", "Forges de Méziré"),
        ("Les obsèques seront célébrées vendredi en l'église de L'Isle-sur-le-Doubs.", "L'Isle-sur-le-Doubs"),
    ],
)
def test_a_name_keeps_its_capitalised_article_and_loses_an_opening_word(extract_text, text, name):
    places = {place.name for place in extract_text(text).places}
    assert name in places
    assert "Doubs" not in places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grève RATP : à quoi faut-il s'attendre jeudi 13 avril ?", "RATP"),
        ("Réforme SNCF : les syndicats appellent à la grève.", "SNCF"),
        ("Groupe PSA : les ventes progressent au premier trimestre.", "Groupe PSA"),  # the noun heads the name
    ],
)
def test_a_headlines_common_noun_before_an_acronym_is_no_part_of_it(extract_text, text, name):
    assert {org.name for org in extract_text(text).organizations} == {name}


def test_a_feast_day_is_neither_place_nor_person(extract_text):
    record = extract_text("Depuis quatre ans, les boulangers fêtent avec leurs clients la Saint-Honoré.")
    assert not any("Honoré" in e.name for e in [*record.places, *record.people])


def test_an_organization_name_never_ends_on_a_territorys_common_noun(analyzed):
    found = _found(analyzed, "L'inspectrice de l'Education nationale de la circonscription était présente.")
    assert ("Education nationale", SpanKind.ORGANIZATION) in found
    found = _found(analyzed, "La Fédération des chasseurs du département a voté la motion.")
    assert ("Fédération des chasseurs", SpanKind.ORGANIZATION) in found
    whole = "Association des maires du canton de Mirecourt"
    assert (whole, SpanKind.ORGANIZATION) in _found(analyzed, f"L'{whole} se réunit jeudi.")  # a name after it


def test_an_enumeration_after_a_name_is_not_part_of_it(analyzed):
    found = _found(analyzed, "La Fédération des chasseurs, les élus et la préfecture se sont réunis hier.")
    assert not any(t.startswith("Fédération des chasseurs,") for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les Amis du vieux Toul organisent une visite de la cathédrale dimanche.", "Amis du vieux Toul"),
        ("Il a servi au 8e régiment de Chasseurs d'Afrique jusqu'en 1962.", "Chasseurs d'Afrique"),
        ("Le club adhère depuis 2000 aux Jardiniers de France.", "Jardiniers de France"),
    ],
)
def test_a_name_led_by_a_plural_of_members_is_an_organization(extract_text, text, name):
    _an_organization_only(extract_text(text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'AS Nancy-Lorraine reçoit l'ES Thaon samedi au stade Marcel-Picot.", "AS Nancy-Lorraine"),
        ("L'AS Nancy-Lorraine reçoit l'ES Thaon samedi au stade Marcel-Picot.", "ES Thaon"),
        ("L'US Toul s'est imposée face au FC Metz en finale.", "US Toul"),
        ("Le SC Bastia a battu le CS Sedan sur le score de 2-1.", "CS Sedan"),
        # a sport closing the name (club_sports.tsv)
        ("Le Saint-Dié Vosges Basket s'impose à Charleville.", "Saint-Dié Vosges Basket"),
        ("Le Grand Nancy Handball a battu Metz Handball samedi.", "Metz Handball"),
    ],
)
def test_a_name_a_clubs_abbreviation_opens_or_a_sport_closes_is_a_club(extract_text, text, name):
    _an_organization_only(extract_text(text), name)


def test_an_events_title_names_no_entity(extract_text):
    record = extract_text(
        "Apollonies.\nC'est l'effervescence parmi les bénévoles avant le festival Apollonies, du 23 au 25 juin.\n"
        "Le Festival international de géographie de Saint-Dié attire des milliers de visiteurs."
    )
    assert [*record.people, *record.places, *record.organizations] == []


def test_a_town_after_an_event_noun_stays_a_town(extract_text):
    assert "Monte-Carlo" in {e.name for e in extract_text("Le rallye Monte-Carlo s'élance de Monaco.").places}
    assert "Poussay" in {e.name for e in extract_text("La foire de Poussay attire les foules.").places}
    assert "Salon de Provence" in {e.name for e in extract_text("Il habite à Salon de Provence depuis 2010.").places}


def test_a_competition_in_a_sport_is_no_club(extract_text):
    assert extract_text("Il a remporté la Coupe de France de basket en 2019.").organizations == []


def test_us_before_a_word_that_is_no_town_opens_no_club(extract_text):
    record = extract_text("Le président US Donald Trump a reçu le Premier ministre japonais.")
    assert "Donald Trump" in {e.name for e in record.people}
    assert not any(e.name.startswith("US") for e in record.organizations)


def test_a_place_name_is_whole_across_an_elision_and_a_loose_dash(extract_text):
    record = extract_text("Le véhicule circulait dans le sens Chavannes-sur-l'Etang- Montreux-Vieux quand il a dérapé.")
    assert {"Chavannes-sur-l'Etang", "Montreux-Vieux"} <= {e.name for e in record.places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'après-midi, rencontre pour la troisième place contre les voisins de Marbache.", "Marbache"),
        (
            "Les enfants et leurs animateurs se rendront à Mont-Saint-Martin près de Metz où ils visiteront une mine.",
            "Metz",
        ),
    ],
)
def test_a_town_the_model_takes_for_a_person_is_a_place(extract_text, text, name):
    record = extract_text(text)
    assert name in {e.name for e in record.places}
    assert name not in {e.name for e in record.people}


def test_a_surname_that_is_also_a_village_stays_a_person(extract_text):
    record = extract_text(
        "Le colonel Mamadou Alpha Barry a comparu mercredi. Barry a contesté les faits devant le tribunal."
    )
    assert "Barry" not in {e.name for e in record.places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le 26 avril, cinq gendarmes et le colonel Mazères sont mis en examen et incarcérés.", "Mazères"),
        ("La plainte déposée par le juge Pons a été rejetée mardi.", "Pons"),
    ],
)
def test_a_village_name_after_a_title_is_a_person(extract_text, text, name):
    record = extract_text(text)
    assert name in {e.name for e in record.people}
    assert name not in {e.name for e in record.places}


def test_a_capitalised_plural_of_a_head_before_common_words_is_no_name(analyzed):
    found = _found(analyzed, "La fête était organisée mercredi par les deux Offices de tourisme et la mairie.")
    assert not any(t.startswith("Offices") for t, _ in found)


def test_initials_keep_their_last_dot(extract_text):
    record = extract_text("Interrogé par les gendarmes, J.P. a reconnu les faits.")
    assert {p.name for p in record.people} == {"J.P."}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le bus est garé sur le parking de la Tour du Champ.", "Tour du Champ"),
        ("Les pompiers sont intervenus sur le tertre de la ceinture de Belfort.", "Belfort"),
        ("La vallée de la Marne a été inondée.", "Marne"),
        ("Ils passent leurs vacances sur l'île de Ré.", "île de Ré"),  # an island's noun is part of its name
        ("Les otages arrivent à l'aéroport de Villacoublay ce jeudi.", "Villacoublay"),  # a site "de" a town
        ("Il a été retrouvé noyé dans la baie de Taipei en décembre.", "Taipei"),  # a landmark "de" a city
    ],
)
def test_a_place_opened_by_a_common_noun_is_the_name_after_it(extract_text, text, name):
    assert {p.name for p in extract_text(text).places} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("En 1940, le général de Gaulle lance l'appel du 18 juin depuis Londres.", "de Gaulle"),
        ("Le ministre André remplace le général de Galliffet, démissionnaire.", "de Galliffet"),
    ],
)
def test_a_surname_keeps_its_particle_after_a_rank(extract_text, text, name):
    assert name in {p.name for p in extract_text(text).people}


def test_a_name_after_a_function_and_de_is_its_complement_not_a_particle(extract_text):
    record = extract_text("Les doutes du dirigeant de Thomson se changèrent en inquiétudes.")
    assert not any(e.name.startswith("de ") for e in [*record.people, *record.organizations])


def test_a_surname_with_its_particle_joins_the_full_name(extract_text):
    record = extract_text(
        "Charles de Gaulle est né à Lille en 1890.\nEn 1940, le général de Gaulle lance l'appel du 18 juin.\n"
    )
    assert [(p.name, p.aliases) for p in record.people] == [("Charles de Gaulle", ["de Gaulle"])]


def test_a_participle_opening_a_sentence_is_no_party(extract_text):
    record = extract_text(
        "Une manoeuvre menée avec maestria.\n"
        "Parti de Cholet (Maine et Loire) le chauffeur n'aura mis finalement qu'une journée et demi.\n"
    )
    assert not record.organizations
    assert "Cholet" in {p.name for p in record.places}


def test_a_party_opening_a_sentence_stays_a_party(extract_text):
    assert "Parti socialiste" in {o.name for o in extract_text("Parti socialiste : le bureau se réunit.").organizations}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Un ancien banquier avait expliqué au juge Renaud Van Ruymbeke que l'argent avait disparu.",
            "Renaud Van Ruymbeke",
        ),
        ("La présidente Ursula von der Leyen a reçu les ministres à Bruxelles.", "Ursula von der Leyen"),
    ],
)
def test_a_person_name_never_ends_on_a_particle(analyzed, text, name):
    people = {s.text for s in ner.find(analyzed(text)) if s.kind is SpanKind.PERSON}
    assert name in people and not any(p.endswith((" Van", " von")) for p in people)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("L'ancien ministre socialiste du Budget Michel Charasse a reconnu avoir signé.", "Budget"),
        ("Le ministère de l'Intérieur a publié jeudi les chiffres de la délinquance.", "Intérieur"),
        ("La secrétaire d'État aux Sports a visité le stade de Nancy.", "Sports"),
    ],
)
def test_a_ministers_portfolio_names_no_place_or_person(analyzed, text, word):
    assert word not in {s.text for s in ner.find(analyzed(text))}


def test_a_sum_of_money_is_no_place(analyzed):
    text = "L'argent ayant servi à régler les billets (pour un montant de 336.210,00 EUR) viendrait des fonds."
    assert not [s for s in ner.find(analyzed(text)) if s.text[0].isdigit()]


@pytest.mark.parametrize(
    ("text", "portfolio"),
    [
        ("Le ministre de la Défense a rencontré ses homologues à Bruxelles.", "Défense"),
        ("Elle a été nommée ministre de l'Europe et des Affaires étrangères en janvier.", "Europe"),
    ],
)
def test_a_portfolio_a_gazetteer_knows_is_still_no_place(extract_text, text, portfolio):
    record = extract_text(text)
    assert not [p.name for p in record.places if portfolio in p.name]


def test_a_town_after_a_ministers_title_and_another_word_stays_a_place(extract_text):
    record = extract_text("Le ministre originaire de Toul a visité la région mardi.")
    assert "Toul" in {p.name for p in record.places}
