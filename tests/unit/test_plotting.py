

def test_titled_merges_the_layout_exactly_as_update_layout_would():
    """``titled`` merges as plain data; plotly's own update_layout is the reference."""
    import datetime as dt
    import json

    import plotly.graph_objects as go
    from plotly.utils import PlotlyJSONEncoder

    from components.plotting import LAYOUT, new_figure, titled

    def build() -> go.Figure:
        fig = new_figure()
        fig.add_bar(x=["a", "b"], y=[1, 2], name="bars")
        fig.update_layout(xaxis={"type": "category", "title": {"text": "old"}},
                          legend={"orientation": "h"}, shapes=[{"type": "line", "x0": 0}])
        return fig

    extra = {"xaxis": {"title": {"text": "Week"}, "range": [dt.date(2026, 1, 5), 3]},
             "legend": {"y": -0.3}, "shapes": [{"type": "rect"}], "height": 420}
    ours = titled(build(), "Title", "Sub", "Summary", **extra)
    reference = build()
    reference.update_layout(title={"text": "Title", "subtitle": {"text": "Sub"}},
                            meta={"summary": "Summary", "title": "Title", "subtitle": "Sub"},
                            **{**LAYOUT, **extra})

    def as_json(fig: go.Figure) -> str:
        return json.dumps(fig.to_plotly_json(), cls=PlotlyJSONEncoder, sort_keys=True)

    assert as_json(ours) == as_json(reference)
    assert ours.layout.xaxis.type == "category" and ours.layout.legend.orientation == "h"
