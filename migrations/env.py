"""Alembic environment: targets data.schema's metadata on SQLite (batch mode) and PostgreSQL."""

from alembic import context

from data.db import make_engine
from data.schema import Base, exists_in

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from dashboard.settings import Settings

    return Settings().database_url


def _include_object(obj, _name, type_, reflected, _compare_to) -> bool:
    """Skip dialect-only indexes (``Index.ddl_if``) when comparing against another dialect."""
    if type_ == "index" and not reflected:
        return exists_in(obj, context.get_bind().dialect.name)
    return True


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=_include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
