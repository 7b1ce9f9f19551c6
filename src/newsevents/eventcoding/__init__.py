"""Event coding helpers: the lexicon, argument finding, modality and situating (place, date, size)."""
