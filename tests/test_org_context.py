"""Context decides: a city is a club in sport, a cited title is a medium, a name after kin is a person."""

import pytest


def _kinds(extract_text, text):
    record = extract_text(text)
    return {kind: {e.name for e in getattr(record, kind)} for kind in ("people", "places", "organizations")}


SPORT = (
    "Football : Lyon s'impose à Marseille\n"
    "En championnat, l'OL a battu l'OM (2-1) dimanche soir devant 50 000 spectateurs.\n"
    "Le match a basculé après la mi-temps, quand la défaite de Toulouse face à Nantes (0-3) était déjà connue.\n"
    "Lyon reste à trois longueurs de Lille, qui recevra Rennes samedi.\n"
)


def test_clubs_named_by_their_city_are_organizations_in_sport(extract_text):
    kinds = _kinds(extract_text, SPORT)
    assert {"Toulouse", "Lille"} <= kinds["organizations"]
    assert "Toulouse" not in kinds["places"]


TOURNAMENT = (
    "Basket : Épinal remporte le tournoi de Saint-Dié\n"
    "Les joueurs d'Épinal ont d'abord battu Toul 70-61, avant de dominer Lunéville en demi-finale.\n"
    "La finale se joua entre Épinal et Pont-à-Mousson, devant trois cents spectateurs.\n"
    "Le prochain match aura lieu à Toul, samedi.\n"
)


def _mention_kinds(extract_text, text, name):
    record = extract_text(text)
    return [
        (m.start, kind)
        for kind in ("places", "organizations")
        for e in getattr(record, kind)
        if e.name == name
        for m in e.mentions
    ]


def test_a_club_named_once_by_a_cue_is_the_club_in_its_other_mentions_and_pairs(extract_text):
    kinds = _kinds(extract_text, TOURNAMENT)
    assert {"Épinal", "Pont-à-Mousson", "Lunéville"} <= kinds["organizations"]
    assert "Saint-Dié" in kinds["places"]  # the tournament's venue
    assert {kind for _, kind in _mention_kinds(extract_text, TOURNAMENT, "Épinal")} == {"organizations"}


def test_the_venue_of_a_club_town_stays_a_place(extract_text):
    toul = sorted(_mention_kinds(extract_text, TOURNAMENT, "Toul"))
    assert [kind for _, kind in toul] == ["organizations", "places"]  # "battu Toul 70-61", "à Toul"


def test_the_host_and_the_travelling_club_are_clubs_the_city_they_go_to_a_place(extract_text):
    text = (
        "Football : Nancy reçoit Metz samedi au stade Marcel-Picot.\n"
        "Après sa victoire contre Reims (2-1) en championnat, l'équipe de Nancy se déplacera à Lille.\n"
        "Le match aller avait attiré 20 000 spectateurs.\n"
    )
    kinds = _kinds(extract_text, text)
    assert {"Nancy", "Metz", "Reims"} <= kinds["organizations"]
    assert "Lille" in kinds["places"] and not {"Nancy", "Metz"} & kinds["places"]


def test_both_towns_of_a_result_line_are_clubs(extract_text):
    text = (
        "Football, championnat de promotion d'honneur : les résultats du week-end.\n"
        "Toul - Pompey : 2-1 ; Lunéville - Frouard : 0-0 ; Vandoeuvre - Ludres : 3-2.\n"
        "Le match au sommet aura lieu dimanche à Vandoeuvre.\n"
    )
    kinds = _kinds(extract_text, text)
    assert {"Toul", "Pompey", "Lunéville", "Frouard", "Vandoeuvre", "Ludres"} <= kinds["organizations"]
    assert kinds["places"] == {"Vandoeuvre"}  # where the match is played


def test_towns_listed_after_a_plural_of_club_are_clubs(extract_text):
    text = "Les responsables des six clubs présents, Toul, Lunéville, Pompey et Frouard, ont remis les diplômes.\n"
    kinds = _kinds(extract_text, text)
    assert {"Toul", "Lunéville", "Pompey", "Frouard"} <= kinds["organizations"]
    assert not kinds["places"]


@pytest.mark.parametrize(
    "text",
    [
        "Des formations à Nancy, Metz et Épinal sont proposées aux demandeurs d'emploi cet automne.\n",
        "Les équipes municipales de Nancy et de Metz ont préparé les illuminations de Noël.\n",
    ],
)
def test_towns_after_courses_or_staff_stay_places(extract_text, text):
    kinds = _kinds(extract_text, text)
    assert {"Nancy", "Metz"} <= kinds["places"] and not kinds["organizations"]


def test_towns_paired_outside_sport_stay_places(extract_text):
    kinds = _kinds(
        extract_text, "La route entre Toul et Nancy sera fermée lundi, comme celle qui relie Pompey à Frouard.\n"
    )
    assert {"Toul", "Nancy", "Pompey", "Frouard"} <= kinds["places"] and not kinds["organizations"]


def test_cities_stay_places_outside_sport(extract_text):
    text = (
        "Le train entre Toulouse et Bordeaux a été supprimé mardi.\n"
        "Les voyageurs partis de Lille contre leur gré ont été relogés à Paris.\n"
    )
    kinds = _kinds(extract_text, text)
    assert {"Toulouse", "Bordeaux", "Lille"} <= kinds["places"]
    assert not {"Toulouse", "Bordeaux", "Lille"} & kinds["organizations"]


def test_poll_institute_and_newspaper_are_organizations(extract_text):
    text = "La cote du président recule de trois points selon le baromètre Ipsos pour Le Point publié jeudi.\n"
    kinds = _kinds(extract_text, text)
    assert {"Ipsos", "Le Point"} <= kinds["organizations"]
    assert not {"Ipsos", "Le Point"} & kinds["places"]


def test_nationality_noun_is_no_place(extract_text):
    text = "Le Portugais a marqué de la tête à la dernière minute, offrant la victoire aux siens.\n"
    assert "Portugais" not in _kinds(extract_text, text)["places"]


@pytest.mark.parametrize(
    "text",
    [
        "L'après-midi, rencontre entre Lorrains pour la 3e place contre les voisins de Joeuf.\n",
        "Parmi les otages étrangers figurent huit Américains et deux Italiens.\n",
        "Le trafic impliquant Français et Vietnamiens se mit en place à partir de 1948.\n",
    ],
)
def test_inhabitants_in_the_plural_are_no_place(extract_text, text):
    kinds = _kinds(extract_text, text)
    assert not {"Lorrains", "Américains", "Italiens", "Vietnamiens"} & (kinds["places"] | kinds["people"])


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pour l'anecdote, le colonel Pétain, directeur de l'école de Saint-Cyr, était connu.\n", "Pétain"),
        ("Mardi, le docteur Martin a soigné les blessés à Toul.\n", "Martin"),
    ],
)
def test_a_surname_shaped_like_inhabitants_after_a_title_is_a_person(extract_text, text, person):
    assert person in _kinds(extract_text, text)["people"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les eaux du Léman se sont réchauffées cet été.\n", "Léman"),
        ("Le bateau remonte le Rhin jusqu'à Strasbourg.\n", "Rhin"),
        ("Les agriculteurs du Vexin manifestent à Cergy.\n", "Vexin"),
        ("Le Cotentin accueille chaque été des milliers de touristes.\n", "Cotentin"),
        ("Il a passé ses vacances dans le Beaujolais.\n", "Beaujolais"),
    ],
)
def test_a_place_named_with_an_inhabitants_ending_stays_a_place(extract_text, text, place):
    assert place in _kinds(extract_text, text)["places"]


@pytest.mark.parametrize("text", ["Le Catalan a gagné la course.\n", "L'Argentin a été expulsé à la 80e minute.\n"])
def test_an_inhabitant_with_an_ending_places_share_is_no_place(extract_text, text):
    kinds = _kinds(extract_text, text)
    assert not {"Catalan", "Argentin"} & (kinds["places"] | kinds["people"])


def test_a_town_shaped_like_inhabitants_stays_a_place(extract_text):
    kinds = _kinds(extract_text, "Il vit à Amiens et travaille à Valenciennes.\n")
    assert {"Amiens", "Valenciennes"} <= kinds["places"]


def test_name_after_a_word_of_kinship_is_a_person(extract_text):
    text = "Ahmed, professeur à Rafah, est marié à Leïla, qui est infirmière, et père de trois enfants.\n"
    kinds = _kinds(extract_text, text)
    assert "Leïla" not in kinds["places"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les gendarmes ont interpellé deux hommes dans la localité de Kérouané, au sud du pays.\n", "Kérouané"),
        ("Une alerte avait déjà été donnée en mai à Estavayer (FR), selon le canton.\n", "Estavayer"),
    ],
)
def test_name_with_a_place_cue_is_a_place(extract_text, text, place):
    kinds = _kinds(extract_text, text)
    assert place in kinds["places"]
    assert place not in kinds["people"]


def test_a_score_on_the_line_is_enough_to_make_a_city_a_club(extract_text):
    kinds = _kinds(extract_text, "Au tournoi de Noël, l'EBM s'inclina devant Joeuf par 70-61.\n")
    assert "Joeuf" in kinds["organizations"] and "Joeuf" not in kinds["people"] | kinds["places"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La France a vivement dénoncé hier des violations des droits de l'homme au Liban.", "France"),
        ('Paris est "préoccupé par les violations signalées", a indiqué le porte-parole du ministère.', "Paris"),
        ("L'Italie a refusé lundi d'accueillir le navire humanitaire.", "Italie"),
        # the subject inverted after its clause, and a capital the gazetteer knows under another name
        ("La substance est sans doute cancérigène, estime Berne qui se rallie à la commission.", "Berne"),
        ("« Nous ne céderons pas », a averti Moscou.", "Moscou"),
    ],
)
def test_a_country_or_city_voicing_a_stance_is_its_government(extract_text, text, name):
    kinds = _kinds(extract_text, text)
    assert name in kinds["organizations"]
    assert name not in kinds["places"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La France compte 68 millions d'habitants selon l'Insee.", "France"),
        ("En France, le gouvernement a dénoncé la décision.", "France"),
        ("Paris a accueilli 40 millions de touristes l'an dernier.", "Paris"),
        ("Il vit à Berne, estime-t-il, depuis vingt ans.", "Berne"),
    ],
)
def test_a_country_or_city_as_territory_stays_a_place(extract_text, text, name):
    kinds = _kinds(extract_text, text)
    assert name in kinds["places"]
    assert name not in kinds["organizations"]


def test_a_name_one_works_for_is_a_firm(extract_text):
    kinds = _kinds(extract_text, "Denise a travaillé chez Japy jusqu'à la naissance de sa fille.")
    assert "Japy" in kinds["organizations"]
    assert "Japy" not in kinds["people"]


def test_a_name_one_dines_at_is_no_firm(extract_text):
    kinds = _kinds(extract_text, "Le soir, Denise dînait chez Japy, son voisin de palier.")
    assert "Japy" not in kinds["organizations"]


def test_an_article_and_an_inhabitant_adjective_name_a_society(extract_text):
    kinds = _kinds(extract_text, 'Les pêcheurs de la gaule "La Barisienne" ont nettoyé les rives du ruisseau.\n')
    assert "La Barisienne" in kinds["organizations"]
    assert "La Barisienne" not in kinds["places"]


def test_a_town_led_by_its_article_stays_a_place(extract_text):
    assert "La Courneuve" in _kinds(extract_text, "Il habite à La Courneuve depuis 2010.\n")["places"]


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Le porte-parole du Quai d'Orsay a indiqué que Paris ne céderait pas.\n", "Quai d'Orsay"),
        ("L'Élysée a démenti l'information mardi soir.\n", "Élysée"),
        ("Le Kremlin a dénoncé une provocation de Washington.\n", "Kremlin"),
        ("La Maison-Blanche a annoncé de nouvelles sanctions contre Caracas.\n", "Maison-Blanche"),
    ],
)
def test_a_seat_of_power_speaking_is_its_institution(extract_text, text, seat):
    kinds = _kinds(extract_text, text)
    assert seat in kinds["organizations"] and seat not in kinds["places"]


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Le président a reçu les syndicats à l'Élysée mardi.\n", "Élysée"),
        ("Donald Trump, de retour à la Maison Blanche en janvier, a promis de réduire l'aide.\n", "Maison Blanche"),
    ],
)
def test_a_seat_of_power_one_goes_to_is_a_place(extract_text, text, seat):
    kinds = _kinds(extract_text, text)
    assert seat in kinds["places"] and seat not in kinds["organizations"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("La journée s'est close par la visite d'entreprises motrices comme Devisubox.", {"Devisubox"}),
        ("Des start-up telles que Mirakl et Doctolib ont levé des fonds cette année.", {"Mirakl", "Doctolib"}),
    ],
)
def test_names_given_as_examples_of_firms_are_organizations(extract_text, text, names):
    assert names <= _kinds(extract_text, text)["organizations"]


def test_towns_given_as_examples_stay_places(extract_text):
    kinds = _kinds(extract_text, "Des villes comme Nancy et Metz ont adopté le plan.\n")
    assert {"Nancy", "Metz"} <= kinds["places"]
