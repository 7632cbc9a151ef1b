"""The Python package, through the real library (build it first: swift build)."""
import os
import sys
import threading

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import concord  # noqa: E402


@pytest.fixture(scope="module")
def data():
    with concord.open() as opened:
        yield opened


def test_cite_flags_a_stale_number(data):
    citations = data.cite("Substantially amend Article 164 of the Criminal Code on inciting social discord.", date="2019-03")
    assert len(citations) == 1
    c = citations[0]
    assert c["text"] == "Article 164"
    assert c["resolved"]["cited"] == "kz.cc.1997:164"
    assert c["resolved"]["inForce"] == ["kz.cc.2014:174"]
    assert c["flags"] == ["stale"]
    assert c["start"] == 20 and c["end"] == 31


def test_offsets_count_utf8_bytes_of_russian_text(data):
    text = "Осуждён по ч. 2 ст. 174 УК РК."
    citations = data.cite(text, date="2019-03", language="ru")
    assert [c["article"] for c in citations] == ["174"]
    raw = text.encode("utf-8")
    assert raw[citations[0]["start"]:citations[0]["end"]].decode("utf-8") == citations[0]["text"]


def test_history_of_164_and_174_is_one_chain(data):
    a, b = data.history("164"), data.history("kz.cc.2014:174")
    assert a["chain"] == b["chain"]
    assert "kz.cc.1997:164" in a["chain"] and "kz.cc.2014:174" in a["chain"]


def test_errors_are_exceptions_with_codes(data):
    with pytest.raises(concord.ConcordError) as refused:
        data.history("1e3")
    assert refused.value.kind == "usage" and "kz.cc.2014:174" in str(refused.value)
    with pytest.raises(concord.ConcordError) as unknown:
        data.history("cc2014 9999")
    assert unknown.value.kind == "not found"
    with pytest.raises(concord.ConcordError) as bad_date:
        data.cite("Article 174", date="2019-02-30")
    assert bad_date.value.kind == "usage"
    with pytest.raises(concord.ConcordError) as bad_text:
        data.cite(b"\xff\xfe Article 174")
    assert bad_text.value.kind == "input"


def test_threads_share_one_data_set(data):
    results = []

    def work():
        results.append(data.cite("Article 174 of the Criminal Code.", date="2019-03")[0]["resolved"]["cited"])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["kz.cc.2014:174"] * 8


def test_version_and_closing():
    assert concord.version() == "0.10.0"
    opened = concord.open()
    opened.close()
    with pytest.raises(concord.ConcordError):
        opened.cite("Article 174")
    with pytest.raises(concord.ConcordError) as missing:
        concord.open(statutes="/nonexistent/statutes")
    assert missing.value.kind == "data"
