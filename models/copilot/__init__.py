"""The copilot: LLM client and router, retrieval over project documents, tools over live data.

Entry points: ``runtime.CopilotRuntime`` (built by the app and the CLI), ``answer.Copilot``
(question in, grounded ``Answer`` out) and ``retrieval.DocumentIndex`` (the Chroma index).
"""
