"""Labels: named labels, awards, honours and designations, and the look-alikes that are not."""

from __future__ import annotations

import pytest

from ftextract import resources
from ftextract.document import Document, SpanKind
from ftextract.recognize import label_shapes, labels


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.value) for s in labels.find(Document(text))]


POSITIVES = [
    # French Tech family and territorial labels
    (
        "La métropole a décroché le label « Capitale French Tech » en avril.",
        "Capitale French Tech",
        "Capitale French Tech",
    ),
    ("Brest et Quimper deviennent des communautés french tech.", "communautés french tech", "Communauté French Tech"),
    (
        "Le gouvernement lance le Pass French Tech pour les start-up en hypercroissance.",
        "Pass French Tech",
        "Pass French Tech",
    ),
    ("La jeune pousse rejoint le French Tech 120 cette année.", "French Tech 120", "French Tech 120"),
    ("Vannes conserve le label « Ville Internet » avec cinq arobases.", "Ville Internet", "Ville Internet"),
    ("Le bourg de montagne est labellisé Station verte depuis 2012.", "Station verte", "Station verte"),
    ("La plage du Prado a de nouveau obtenu le Pavillon bleu.", "Pavillon bleu", "Pavillon bleu"),
    (
        "Le village fait partie des Plus beaux villages de France.",
        "Plus beaux villages de France",
        "Plus beaux villages de France",
    ),
    (
        "Douze communes sont retenues dans le programme Petites villes de demain.",
        "Petites villes de demain",
        "Petites villes de demain",
    ),
    ("Le centre-ville profite du plan Action cœur de ville.", "Action cœur de ville", "Action cœur de ville"),
    (
        "Bourges sera Capitale européenne de la culture en 2028.",
        "Capitale européenne de la culture",
        "Capitale européenne de la culture",
    ),
    ("Le bassin est labellisé Territoire d'industrie depuis 2018.", "Territoire d'industrie", "Territoire d'industrie"),
    ("Une petite commune labellisée « 3 Fleurs » par le jury régional.", "3 Fleurs", "3 Fleurs"),
    # products and companies
    ("Ce poulet fermier est élevé sous Label Rouge.", "Label Rouge", "Label Rouge"),
    ("Le fromage est produit en AOP depuis 1996.", "AOP", "AOP"),
    (
        "La coutellerie a reçu le label Entreprise du patrimoine vivant.",
        "Entreprise du patrimoine vivant",
        "Entreprise du patrimoine vivant",
    ),
    ("L'usine est certifiée ISO 14001 depuis l'an dernier.", "ISO 14001", "ISO 14001"),
    ("Le restaurant affiche désormais le label « fait maison ».", "fait maison", "Fait maison"),
    ("Le chef a décroché une deuxième étoile au guide Michelin.", "étoile au guide Michelin", "Étoile Michelin"),
    # heritage
    ("Le château est classé monument historique depuis 1862.", "monument historique", "Monument historique"),
    ("La chapelle est inscrite au titre des monuments historiques.", "monuments historiques", "Monument historique"),
    (
        "Les falaises sont inscrites au patrimoine mondial de l'Unesco.",
        "patrimoine mondial de l'Unesco",
        "Patrimoine mondial de l'UNESCO",
    ),
    ("L'archipel est reconnu réserve de biosphère.", "réserve de biosphère", "Réserve de biosphère"),
    ("Le musée a obtenu l'appellation « Musée de France ».", "Musée de France", "Musée de France"),
    (
        "La ville a rejoint un pôle de compétitivité consacré à l'aéronautique.",
        "pôle de compétitivité",
        "Pôle de compétitivité",
    ),
    # prizes and awards
    ("La reporter a obtenu le prix Albert-Londres en 2015.", "prix Albert-Londres", "Prix Albert-Londres"),
    ("Le physicien a reçu le prix Wolf pour ses travaux.", "prix Wolf", "Prix Wolf"),
    ("L'écrivaine, prix Renaudot 2019, publie un nouveau roman.", "prix Renaudot", "Prix Renaudot"),
    ("La romancière a décroché le Goncourt cet automne.", "Goncourt", "Prix Goncourt"),
    (
        "L'économiste, prix Nobel d'économie, plaide pour une taxe carbone.",
        "prix Nobel d'économie",
        "Prix Nobel d'économie",
    ),
    ("Le documentaire a reçu le prix du Livre Inter cette année.", "prix du Livre Inter", "Prix du Livre Inter"),
    (
        "La comédienne a reçu le César du meilleur second rôle.",
        "César du meilleur second rôle",
        "César du meilleur second rôle",
    ),
    ("Le long métrage a remporté trois Oscars.", "Oscars", "Oscar"),
    ("Le film a remporté la Palme d'or à Cannes.", "Palme d'or", "Palme d'or"),
    ("La série a été nommée aux Emmy Awards.", "Emmy Awards", "Emmy Award"),
    ("Le groupe a reçu un Brit Award en 2020.", "Brit Award", "Brit Award"),
    ("Son dernier album est certifié triple disque de platine.", "disque de platine", "Disque de platine"),
    ("L'attaquant a terminé troisième du Ballon d'or.", "Ballon d'or", "Ballon d'or"),
    ("L'attaquant ivoirien a reçu le Ballon d'or africain.", "Ballon d'or africain", "Ballon d'or africain"),
    ("Le gardien est nommé aux Trophées LNR cette saison.", "Trophées LNR", "Trophées LNR"),
    ("Le meneur a été élu meilleur joueur de l'année.", "meilleur joueur de l'année", "Meilleur joueur de l'année"),
    # honours
    ("L'ancien résistant est commandeur de la Légion d'honneur.", "Légion d'honneur", "Légion d'honneur"),
    ("Elle est titulaire de la croix de guerre.", "croix de guerre", "Croix de guerre"),
    ("Il a été fait chevalier de l'ordre national du Mérite.", "ordre national du Mérite", "Ordre national du Mérite"),
    ("Le diplomate est commandeur de l'ordre du Lion blanc.", "ordre du Lion blanc", "Ordre du Lion blanc"),
    (
        "La bénévole a reçu la médaille de la Ville de Nancy.",
        "médaille de la Ville de Nancy",
        "Médaille de la Ville de Nancy",
    ),
    ("Elle est officier des Arts et des Lettres.", "Arts et des Lettres", "Ordre des Arts et des Lettres"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), POSITIVES)
def test_label_is_found_with_its_canonical_name(sentence: str, text: str, value: str) -> None:
    assert (text, value) in found(sentence)


NEGATIVES = [
    "Le prix du gaz a encore augmenté en janvier.",
    "Les prix Carrefour sont affichés en rayon.",
    "Le prix TTC comprend la livraison à domicile.",
    "Elle a reçu le prix de sa carrière avec humilité.",
    "Le Grand Prix de Monaco se court fin mai.",
    "Le dernier Grand Prix de la saison aura lieu à Abou Dhabi.",
    "Elle a remporté la médaille d'or aux Jeux olympiques de Tokyo.",
    "Le revers de la médaille de cette réforme inquiète les syndicats.",
    "Le Trophée des champions aura lieu en août.",
    "L'équipe a soulevé la Coupe du monde en 2018.",
    "Il a signé sur le label Because Music en 2012.",
    "Le rappeur quitte le label indépendant Ed Banger Records.",
    "Ils veulent créer un label pour les commerces de proximité.",
    "Le parti se présente sous le label « majorité présidentielle ».",
    "Oscar Niemeyer a dessiné les palais de Brasilia.",
    "Le jeune Oscar a fêté ses dix ans avec ses amis.",
    "César Azpilicueta a prolongé son contrat avec le club.",
    "Les légions de Jules César ont franchi le Rubicon.",
    "Le journaliste cite les frères Goncourt dans sa préface.",
    "La rue de la Légion d'honneur est fermée à la circulation.",
    "L'Hôtel du Lion d'or a fermé ses portes.",
    "La Fondation Nobel gère l'héritage d'Alfred Nobel.",
    "La grande chancellerie de la Légion d'honneur a publié la promotion.",
    "Le Comité du patrimoine mondial se réunit à Riyad.",
    "Le journal AOC publie une tribune de chercheurs.",
    "Le président de l'AOP Fruits de Corse a pris la parole.",
    "Les travaux du monument historique ont commencé lundi.",
    "L'affaire a été classée sans suite par le parquet.",
    "Le film est classé « R » aux États-Unis.",
    "Il est classé troisième au classement mondial.",
    "Elle a obtenu son baccalauréat avec mention.",
    "Les lauréats du concours seront annoncés en juin.",
    "Le certificat de travail lui a été remis vendredi.",
    "Il a été élu maire de la commune en 2020.",
    "Les tomates sont vendues au prix « le plus bas du marché ».",
    "L'équipe d'Aix-Marseille French Tech a présenté ses start-up.",
    "La French Tech Côte d'Azur organise un salon à Nice.",
    "Il conduit une voiture équipée de pneus Michelin.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_look_alike_is_not_a_label(sentence: str) -> None:
    assert found(sentence) == []


def test_mentions_of_one_label_share_a_value_and_are_sorted() -> None:
    text = "Le label French Tech a été attribué en 2014. La FrenchTech rassemble les start-up."
    spans = labels.find(Document(text))
    assert [s.value for s in spans] == ["French Tech", "French Tech"]
    assert all(s.kind is SpanKind.LABEL and s.rule.startswith("labels:") for s in spans)
    assert [(s.start, s.end) for s in spans] == sorted((s.start, s.end) for s in spans)
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_edition_year_and_multiplier_stay_out_of_the_mention() -> None:
    assert found("Elle a remporté le prix Goncourt 2017.") == [("prix Goncourt", "Prix Goncourt")]
    assert found("Le single est certifié double disque d'or.") == [("disque d'or", "Disque d'or")]


def test_typographic_apostrophes_and_line_breaks() -> None:
    assert found("Il reçoit la Légion d\u2019honneur.") == [("Légion d\u2019honneur", "Légion d'honneur")]
    assert found("Comparateur de prix\nMoneyPark") == []


def test_gazetteer_variants_map_to_one_canonical_name() -> None:
    seen: dict[str, str] = {}
    for canonical, variant, flags in resources.table("labels.tsv", 3):
        key = label_shapes.key(variant)
        assert seen.setdefault(key, canonical) == canonical, variant
        assert set(flags.split(",")) <= {"-", "upper", "cap", "trig", "award", "solo", "cat", "adj"}, variant


def test_trigger_kinds_are_known() -> None:
    kinds = {kind for kind, _ in resources.table("label_triggers.tsv", 2)}
    assert kinds == {"name", "quoted", "intro", "award", "det", "block", "org", "music", "adj"}
