from ftextract.document import AmountKind, Document, Quantity, SpanKind, Timex
from ftextract.overlaps import resolve

DOC = Document("Aix-Marseille French Tech a reçu 2 millions d'euros le 3 avril 2019.")


def test_the_longest_entity_wins_over_one_inside_it():
    org = DOC.span(0, 25, SpanKind.ORGANIZATION, "t")
    label = DOC.span(14, 25, SpanKind.LABEL, "t", "French Tech")
    assert resolve([label, org]) == [org]


def test_on_equal_length_a_label_wins_over_an_organization():
    org = DOC.span(14, 25, SpanKind.ORGANIZATION, "t")
    label = DOC.span(14, 25, SpanKind.LABEL, "t", "French Tech")
    assert resolve([org, label]) == [label]


def test_entities_and_numbers_do_not_compete():
    amount = DOC.span(33, 51, SpanKind.AMOUNT, "t", Quantity(2_000_000, "EUR", AmountKind.MONEY))
    org = DOC.span(0, 25, SpanKind.ORGANIZATION, "t")
    assert resolve([amount, org]) == [org, amount]


def test_a_date_swallows_a_number_read_inside_it_and_duplicates_collapse():
    date = DOC.span(55, 67, SpanKind.DATE, "t", Timex("2019-04-03"))
    year = DOC.span(63, 67, SpanKind.AMOUNT, "t", Quantity(2019, "an", AmountKind.COUNT))
    assert resolve([year, date, date]) == [date]


def test_a_lone_word_read_as_a_person_that_opens_an_organization_is_that_organization(extract_text):
    record = extract_text(
        "Le groupe Thomson CSF a vendu six frégates à Taïwan en 1991.\n"
        "Les doutes du dirigeant de Thomson se changèrent alors en inquiétudes.\n"
    )
    assert not record.people
    assert [m.text for o in record.organizations for m in o.mentions] == ["Thomson CSF", "Thomson"]


def test_a_surname_stays_a_person_beside_the_firm_it_names(extract_text):
    record = extract_text(
        "Louis Renault fonde la société Renault Frères en 1899 à Boulogne-Billancourt.\n"
        "Renault meurt en prison en 1944.\n"
    )
    assert "Louis Renault" in {p.name for p in record.people}
