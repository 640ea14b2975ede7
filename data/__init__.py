"""The data layer: schema, engine, read queries, write commands, importers, generators."""
