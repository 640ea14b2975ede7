"""dashboard.heap: garbage is collected before the heap is frozen, never frozen with it."""

from __future__ import annotations

import gc
import weakref

from dashboard import heap


class Node:
    pass


def test_freeze_collects_the_garbage_then_freezes_what_lives():
    gc.unfreeze()
    garbage = Node()
    garbage.me = garbage  # a cycle only a collection frees
    gone = weakref.ref(garbage)
    del garbage
    alive = Node()
    try:
        heap.freeze()
        assert gone() is None  # collected, not kept for ever in the permanent generation
        assert gc.get_freeze_count() > 0 and alive is not None
        assert not any(o is alive for o in gc.get_objects())  # out of the collector's scans
    finally:
        gc.unfreeze()
