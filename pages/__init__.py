"""One module per page: ``PATH``, ``TITLE``, ``layout(**query)`` and ``register_callbacks``.

The factory registers them with Dash (``pages_folder=""``) so each app gets its own callbacks.
"""
