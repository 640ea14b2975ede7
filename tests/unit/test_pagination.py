"""Page arithmetic shared by every paginated query."""

from data.pagination import MAX_PAGE_SIZE, Page, clamp_page, clamp_page_size, page_count


def test_page_count_and_clamping():
    assert [page_count(t, 25) for t in (0, 1, 25, 26, 100)] == [1, 1, 1, 2, 4]
    assert [clamp_page(p, 60, 25) for p in (None, 0, -3, 1, 3, 99)] == [1, 1, 1, 1, 3, 3]
    assert clamp_page_size(None) == 25 and clamp_page_size(10_000) == MAX_PAGE_SIZE
    page = Page(items=[], total=51, page=3, page_size=25)
    assert (page.pages, page.has_next) == (3, False)
