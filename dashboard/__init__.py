"""The portfolio dashboard: ``create_app(settings)`` builds the Flask server and the Dash app."""


def create_app(settings=None):
    from dashboard.app import create_app as _create_app

    return _create_app(settings)


__all__ = ["create_app"]
