"""The gold folders no script of the project may read: the held-out six and the running session's fresh sets.

One list for every script that walks eval/gold (residual_misses, event_precision_golds, name_form_losses,
train_pronoun_weights, split_entities): a fresh set is a measure while its session runs, and a rule source
from the next session on, so each session moves this one line (session 42: news-dev97..100).
"""

FRESH = tuple(f"news-dev{n}" for n in range(97, 101))
REFUSED = ("giveme5w1h",) + FRESH
