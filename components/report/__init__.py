"""The PDF status report's layout: figures styled for print and HTML templates (no I/O).

``charts`` builds each chart a report shows from plain rows; ``html`` lays out the facts and the
charts' SVG as one HTML document with its print stylesheet, ready for WeasyPrint.
"""
