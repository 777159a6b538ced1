import types

import redline


def test_all_is_the_sorted_public_surface() -> None:
    assert redline.__all__ == sorted(redline.__all__)
    public = {n for n in dir(redline)
              if (not n.startswith("_") or n == "__version__")
              and not isinstance(getattr(redline, n), types.ModuleType)
              and n != "annotations"}
    assert set(redline.__all__) == public
