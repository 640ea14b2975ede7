"""Celery beat entry: ``python -m celery -A dashboard.beat beat``.

Beat only sends the schedule's messages (dashboard/celery_app.py); it needs neither the Dash app
nor the tasks' code, so it builds nothing but the Celery app. Run exactly one beat per deployment.
"""

from dashboard.celery_app import make_celery
from dashboard.settings import Settings

celery = make_celery(Settings())
