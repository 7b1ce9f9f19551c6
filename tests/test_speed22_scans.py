"""speed22: the clipped-surname rule passes by words whose first four letters begin no family name
before its look-ups; what it finds is what it found. Own sentences."""

from __future__ import annotations

from entity_lookup import entity_with_mention

PUBLISHED = "2016-09-20"


def test_a_clipped_family_name_among_two_people_is_the_one_it_begins(extract) -> None:
    record = extract('Singer Marla Vettori and pianist Tom Ashdown sold out three nights in Chicago. '
                     'Fans of "Vetts" waited for hours.', published=PUBLISHED)
    singer = entity_with_mention(record, "Marla Vettori")
    assert singer is not None and "Vetts" in [m.text for m in singer.mentions]
    pianist = entity_with_mention(record, "Tom Ashdown")
    assert pianist is not None and [m.text for m in pianist.mentions] == ["Tom Ashdown"]


def test_a_word_sharing_three_letters_is_no_nickname(extract) -> None:
    record = extract('Singer Marla Vettori sold out three nights in Chicago. Fans of "Vetra" waited for hours.',
                     published=PUBLISHED)
    singer = entity_with_mention(record, "Marla Vettori")
    assert singer is not None and "Vetra" not in [m.text for m in singer.mentions]


