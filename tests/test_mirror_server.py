"""The offline mirror as a crawler sees it over HTTP: routing by Host, the file-name scheme for
query strings, charsets, validators and 304s, robots.txt, 404s, and outages via .http-status."""
from __future__ import annotations

import http.client
import os
import shutil
from email.utils import formatdate
from pathlib import Path

import pytest

from dkbm_aggregate.mirror import MirrorServer, mirror_file
from dkbm_aggregate.registry import DEFAULT_MIRROR

HOST_A = "www.agentur-a.example"
HOST_B = "www.agentur-b.example"

PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p>Datum: 12.03.2027</p></body></html>"""


def write(root: Path, relative: str, content: str | bytes) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def request(server: MirrorServer, host: str, path: str, method: str = "GET",
            headers: dict | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request with an explicit Host header; the path is sent exactly as given."""
    address, port = server.address.rsplit(":", 1)
    connection = http.client.HTTPConnection(address, int(port), timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server_root(tmp_path_factory):
    """One server for the module (stopping one takes up to half a second); each test gets a fresh
    mirror directory under it through `site`."""
    base = tmp_path_factory.mktemp("mirror-server")
    root = base / "mirror"
    root.mkdir()
    with MirrorServer(root) as server:
        yield base, root, server


@pytest.fixture
def site(server_root):
    """A small mirror of two agencies, served on loopback, rebuilt for every test."""
    base, root, server = server_root
    shutil.rmtree(root)
    root.mkdir()
    write(root, f"{HOST_A}/termine/index.html", PAGE.format(title="Termine der Agentur A"))
    write(root, f"{HOST_A}/termine/netzwerktreffen.html", PAGE.format(title="Netzwerktreffen Bildungsmonitoring"))
    write(root, f"{HOST_A}/details/index.html@event=17&cHash=ab", PAGE.format(title="Fachtag Ganztag"))
    write(root, f"{HOST_A}/veranstaltungen/index.html@tx_news_pi1[currentPage]=2",
          PAGE.format(title="Veranstaltungen Seite 2"))
    write(root, f"{HOST_A}/robots.txt", "User-agent: *\nDisallow: /intern/\n")
    write(root, f"{HOST_B}/termine/index.html", PAGE.format(title="Termine der Agentur B"))
    write(root, f"{HOST_B}/veranstaltungen", PAGE.format(title="Drupal-Liste"))
    write(root, f"{HOST_B}/veranstaltungen@page=1", PAGE.format(title="Drupal-Liste Seite 2"))
    write(base, "geheim.txt", "nicht Teil des Spiegels")
    return root, server


# ------------------------------------------------------------------ pages and charsets

def test_page_is_served_with_utf8_content_type(site):
    root, server = site
    status, headers, body = request(server, HOST_A, "/termine/netzwerktreffen.html")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert body == (root / HOST_A / "termine/netzwerktreffen.html").read_bytes()
    assert int(headers["Content-Length"]) == len(body)


def test_directory_urls_serve_index_html_with_and_without_slash(site):
    root, server = site
    expected = (root / HOST_A / "termine/index.html").read_bytes()
    assert request(server, HOST_A, "/termine/")[2] == expected
    assert request(server, HOST_A, "/termine")[2] == expected


def test_windows_1252_page_is_announced_as_windows_1252(site):
    root, server = site
    page = ('<html><head><meta charset="windows-1252"><title>Übergänge Kita–Grundschule</title></head>'
            '<body>Übergänge gestalten</body></html>').encode("cp1252")
    write(root, f"{HOST_A}/417.php", page)
    status, headers, body = request(server, HOST_A, "/417.php")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1252"
    assert "Übergänge Kita–Grundschule" in body.decode("windows-1252")


def test_real_transferinitiative_pages_are_served_as_cp1252():
    """The real mirror: www.transferinitiative.de writes cp1252; a crawler that assumed UTF-8
    would read "Übergänge" as mojibake."""
    pages = sorted((DEFAULT_MIRROR / "www.transferinitiative.de").glob("4*.php"))
    assert pages, "the mirror of www.transferinitiative.de has no detail pages"
    with MirrorServer(DEFAULT_MIRROR) as server:
        for page in pages:
            status, headers, body = request(server, "www.transferinitiative.de", f"/{page.name}")
            assert status == 200, page.name
            assert headers["Content-Type"] == "text/html; charset=windows-1252", page.name
            assert body == page.read_bytes()
        status, headers, body = request(server, "www.transferinitiative.de", "/417.php")
        assert "Übergänge" in body.decode("windows-1252")
        status, headers, body = request(server, "www.reab-hessen.de", "/robots.txt")
        assert status == 200 and b"Disallow: /intern/" in body


# ------------------------------------------------------------------ validators and 304

def test_etag_and_last_modified_are_sent(site):
    root, server = site
    path = root / HOST_A / "termine/netzwerktreffen.html"
    mtime = 1_790_000_000
    os.utime(path, (mtime, mtime))
    status, headers, _ = request(server, HOST_A, "/termine/netzwerktreffen.html")
    assert status == 200
    assert headers["ETag"].startswith('"') and headers["ETag"].endswith('"') and len(headers["ETag"]) > 2
    assert headers["Last-Modified"] == formatdate(mtime, usegmt=True)


def test_if_none_match_answers_304_without_body_and_changed_page_answers_200(site):
    root, server = site
    _, headers, _ = request(server, HOST_A, "/termine/netzwerktreffen.html")
    etag = headers["ETag"]
    status, headers304, body = request(server, HOST_A, "/termine/netzwerktreffen.html",
                                       headers={"If-None-Match": etag})
    assert status == 304
    assert body == b""
    assert headers304["ETag"] == etag
    # The agency edits the page: the old validator no longer matches.
    write(root, f"{HOST_A}/termine/netzwerktreffen.html", PAGE.format(title="Netzwerktreffen – ABGESAGT"))
    status, headers, body = request(server, HOST_A, "/termine/netzwerktreffen.html",
                                    headers={"If-None-Match": etag})
    assert status == 200
    assert headers["ETag"] != etag
    assert b"ABGESAGT" in body


def test_if_modified_since_answers_304_and_older_date_answers_200(site):
    root, server = site
    path = root / HOST_A / "termine/netzwerktreffen.html"
    mtime = 1_790_000_000
    os.utime(path, (mtime, mtime))
    status, _, body = request(server, HOST_A, "/termine/netzwerktreffen.html",
                              headers={"If-Modified-Since": formatdate(mtime, usegmt=True)})
    assert status == 304 and body == b""
    status, _, body = request(server, HOST_A, "/termine/netzwerktreffen.html",
                              headers={"If-Modified-Since": formatdate(mtime - 86400, usegmt=True)})
    assert status == 200 and b"Netzwerktreffen" in body


def test_head_sends_headers_without_body(site):
    _, server = site
    status, headers, body = request(server, HOST_A, "/termine/netzwerktreffen.html", method="HEAD")
    assert status == 200
    assert int(headers["Content-Length"]) > 0
    assert body == b""


# ------------------------------------------------------------------ routing

def test_unknown_path_and_unknown_host_answer_404(site):
    _, server = site
    status, headers, body = request(server, HOST_A, "/termine/gibt-es-nicht.html")
    assert status == 404
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    status, _, _ = request(server, "www.unbekannt.example", "/termine/")
    assert status == 404


def test_query_string_is_part_of_the_file_name(site):
    _, server = site
    status, _, body = request(server, HOST_A, "/details/?event=17&cHash=ab")
    assert status == 200 and b"Fachtag Ganztag" in body
    assert request(server, HOST_A, "/details/?event=18&cHash=ab")[0] == 404
    assert request(server, HOST_A, "/details/")[0] == 404
    # An extensionless Drupal path with ?page=N: the file next to it.
    status, _, body = request(server, HOST_B, "/veranstaltungen?page=1")
    assert status == 200 and b"Seite 2" in body


def test_percent_encoded_brackets_in_the_query_find_the_decoded_file_name(site):
    _, server = site
    for path in ("/veranstaltungen/?tx_news_pi1%5BcurrentPage%5D=2", "/veranstaltungen/?tx_news_pi1[currentPage]=2"):
        status, _, body = request(server, HOST_A, path)
        assert status == 200, path
        assert b"Veranstaltungen Seite 2" in body


def test_mirror_file_maps_urls_to_the_documented_file_names(site):
    root, _ = site
    assert mirror_file(root, HOST_A, "/details/", "event=17&cHash=ab") == \
        (root / HOST_A / "details/index.html@event=17&cHash=ab").resolve()
    assert mirror_file(root, HOST_A.upper(), "/termine/netzwerktreffen.html") == \
        (root / HOST_A / "termine/netzwerktreffen.html").resolve()
    assert mirror_file(root, HOST_A, "/termine/nichts.html") is None


def test_host_header_routes_the_same_path_to_different_sites(site):
    _, server = site
    body_a = request(server, HOST_A, "/termine/")[2]
    body_b = request(server, HOST_B, "/termine/")[2]
    assert b"Agentur A" in body_a and b"Agentur B" not in body_a
    assert b"Agentur B" in body_b
    # A port in the Host header and upper case do not change the site.
    assert request(server, "WWW.AGENTUR-B.EXAMPLE:443", "/termine/")[2] == body_b


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
                                  "/termine/../../geheim.txt", "/../geheim.txt"])
def test_path_traversal_is_refused(site, path):
    _, server = site
    status, _, body = request(server, HOST_A, path)
    assert status == 404
    assert b"root:" not in body and "nicht Teil".encode() not in body


@pytest.mark.parametrize("host", ["..", ".", ""])
def test_host_header_cannot_leave_the_mirror(site, host):
    """Host: .. must not turn the directory above the mirror into a site."""
    _, server = site
    status, _, body = request(server, host, "/geheim.txt")
    assert status == 404
    assert b"nicht Teil" not in body
    status, _, body = request(server, host, f"/{HOST_A}/robots.txt")
    assert status == 404


@pytest.mark.parametrize("path", ["/termine/?next=/termine/", "/termine/?redirect=https%3A%2F%2Fx.example%2F",
                                  "/termine/%00.html", "/details/?" + "x" * 300 + "=1"])
def test_urls_that_cannot_be_mirror_files_answer_404_instead_of_dropping_the_connection(site, path):
    _, server = site
    status, _, _ = request(server, HOST_A, path)
    assert status == 404
    assert request(server, HOST_A, "/termine/")[0] == 200  # and the server is still serving


def test_robots_txt_where_present_and_404_elsewhere(site):
    _, server = site
    status, headers, body = request(server, HOST_A, "/robots.txt")
    assert status == 200
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    assert b"Disallow: /intern/" in body
    assert request(server, HOST_B, "/robots.txt")[0] == 404


# ------------------------------------------------------------------ outages: .http-status sidecars

def test_http_status_sidecar_makes_the_page_answer_that_status(site):
    root, server = site
    sidecar = write(root, f"{HOST_A}/termine/netzwerktreffen.html.http-status", "503\n")
    status, headers, body = request(server, HOST_A, "/termine/netzwerktreffen.html")
    assert status == 503
    assert b"503" in body and b"Netzwerktreffen Bildungsmonitoring" not in body
    assert "ETag" not in headers
    # Other pages of the site are unaffected.
    assert request(server, HOST_A, "/termine/")[0] == 200
    # The outage is over: the page is back.
    sidecar.unlink()
    status, _, body = request(server, HOST_A, "/termine/netzwerktreffen.html")
    assert status == 200 and b"Netzwerktreffen Bildungsmonitoring" in body


def test_http_status_sidecar_beats_a_conditional_request_and_head(site):
    root, server = site
    _, headers, _ = request(server, HOST_A, "/termine/netzwerktreffen.html")
    write(root, f"{HOST_A}/termine/netzwerktreffen.html.http-status", "503")
    status, _, _ = request(server, HOST_A, "/termine/netzwerktreffen.html",
                           headers={"If-None-Match": headers["ETag"]})
    assert status == 503  # an outage is not "not modified"
    status, _, body = request(server, HOST_A, "/termine/netzwerktreffen.html", method="HEAD")
    assert status == 503 and body == b""


def test_http_status_sidecar_works_for_query_pages_and_pages_without_a_file(site):
    root, server = site
    write(root, f"{HOST_A}/details/index.html@event=17&cHash=ab.http-status", "500")
    assert request(server, HOST_A, "/details/?event=17&cHash=ab")[0] == 500
    write(root, f"{HOST_A}/termine/abgebaut.html.http-status", "410")
    assert request(server, HOST_A, "/termine/abgebaut.html")[0] == 410


def test_sidecar_itself_is_not_served(site):
    root, server = site
    write(root, f"{HOST_A}/termine/netzwerktreffen.html.http-status", "503")
    status, _, body = request(server, HOST_A, "/termine/netzwerktreffen.html.http-status")
    assert status == 404
    assert body.strip() != b"503"


def test_invalid_sidecar_answers_500_naming_the_sidecar(site):
    root, server = site
    write(root, f"{HOST_A}/termine/netzwerktreffen.html.http-status", "kaputt")
    status, _, body = request(server, HOST_A, "/termine/netzwerktreffen.html")
    assert status == 500
    text = body.decode("utf-8")
    assert "netzwerktreffen.html.http-status" in text and "503" in text
