"""deploy/ works as shipped: the gunicorn config, the nginx site (`nginx -t`) and the systemd units
(`systemd-analyze verify`), each checked against this machine's own tools in a throw-away root.

nginx and systemd are needed (`.ci/run` installs them; `make test-unit` says so when they are missing): a deployment
file that was never checked is the kind that fails on the evening a volunteer installs it.
"""

from __future__ import annotations

import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import get_commands
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def tool(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")  # nginx is in sbin
    assert path, f"{name} is missing: apt-get install {'nginx-light' if name == 'nginx' else 'systemd'} (.ci/run does)"
    return path


# gunicorn -------------------------------------------------------------------------------------------------------


def gunicorn_config(**env: str) -> dict:
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        return runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    finally:
        os.environ.clear()
        os.environ.update(saved)


def test_the_gunicorn_config_imports_and_has_sane_values():
    config = gunicorn_config()
    assert config["wsgi_app"] == "techpaten.wsgi:application"
    assert config["worker_class"] == "sync"
    assert 2 <= config["workers"] <= 4 * (os.cpu_count() or 1) + 1
    assert 10 <= config["timeout"] <= 120
    assert config["bind"] == ["127.0.0.1:8000"]  # where the nginx site sends requests
    assert config["forwarded_allow_ips"] == "127.0.0.1"
    assert config["accesslog"] is None  # no access log: addresses are personal data
    assert config["max_requests"] > 0


def test_the_gunicorn_config_takes_host_specific_values_from_the_environment():
    config = gunicorn_config(GUNICORN_WORKERS="3", GUNICORN_BIND="10.0.0.5:8000", GUNICORN_TIMEOUT="45")
    assert (config["workers"], config["bind"], config["timeout"]) == (3, ["10.0.0.5:8000"], 45)


def test_gunicorn_accepts_the_config():
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [gunicorn, "--config", str(DEPLOY / "gunicorn.conf.py"), "--check-config"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# nginx ----------------------------------------------------------------------------------------------------------


def nginx_root(tmp_path: Path) -> Path:
    """The site with its paths moved into `tmp_path`, a self-signed certificate and a main config around it."""
    openssl = [
        "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=techpaten.example",
        "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem"),
    ]  # fmt: skip
    subprocess.run(openssl, check=True, capture_output=True)  # noqa: S603
    (tmp_path / "snippets").mkdir()
    (tmp_path / "static").mkdir()
    shutil.copy(DEPLOY / "nginx" / "security-headers.conf", tmp_path / "snippets" / "techpaten-security-headers.conf")
    site = (DEPLOY / "nginx" / "techpaten.conf").read_text()
    for old, new in {
        "/etc/letsencrypt/live/techpaten.example/fullchain.pem": tmp_path / "cert.pem",
        "/etc/letsencrypt/live/techpaten.example/privkey.pem": tmp_path / "key.pem",
        "/etc/nginx/snippets/": f"{tmp_path}/snippets/",
        "/srv/techpaten/staticfiles/": f"{tmp_path}/static/",
        "/var/www/letsencrypt": tmp_path / "acme",
    }.items():
        assert old in site, old
        site = site.replace(old, str(new))
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    return tmp_path


def test_nginx_accepts_the_site(tmp_path):
    root = nginx_root(tmp_path)
    result = subprocess.run(  # noqa: S603
        [tool("nginx"), "-t", "-p", str(root), "-e", str(root / "error.log"), "-c", str(root / "nginx.conf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr
    assert "[warn]" not in result.stderr and "[emerg]" not in result.stderr


def test_nginx_adds_the_apps_headers_to_the_static_files_it_serves(client: Client, settings, db):
    """The app's own answer for a static file (WhiteNoise, over HTTPS) carries the headers nginx must add."""
    settings.SECURE_SSL_REDIRECT = False
    response = client.get("/static/css/site.css", secure=True)
    b"".join(response.streaming_content)  # read to the end: the client then closes the file WhiteNoise opened
    assert response.status_code == 200
    snippet = (DEPLOY / "nginx" / "security-headers.conf").read_text()
    nginx = dict(re.findall(r'^add_header ([\w-]+) "([^"]*)" always;$', snippet, re.MULTILINE))
    assert set(nginx) == {
        "Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy",
        "Cross-Origin-Resource-Policy", "Permissions-Policy",
    }  # fmt: skip
    for name, value in nginx.items():
        assert response.headers[name] == value, name


def test_the_proxy_headers_are_the_ones_behind_proxy_trusts():
    site = (DEPLOY / "nginx" / "techpaten.conf").read_text()
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in site  # SECURE_PROXY_SSL_HEADER with BEHIND_PROXY=1
    # One address, set by nginx: the last (and only) hop is what ALLAUTH_TRUSTED_PROXY_COUNT = 1 reads.
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in site
    assert "proxy_add_x_forwarded_for" not in site
    assert "proxy_pass http://127.0.0.1:8000;" in site
    env = {**os.environ, "BEHIND_PROXY": "1", "DEBUG": "0", "SECRET_KEY": "x" * 50}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    code = "import techpaten.settings as s; print(s.SECURE_PROXY_SSL_HEADER, s.ALLAUTH_TRUSTED_PROXY_COUNT)"
    found = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    assert found == "('HTTP_X_FORWARDED_PROTO', 'https') 1"


# systemd --------------------------------------------------------------------------------------------------------


def test_systemd_accepts_the_units(tmp_path):
    # The units point at /srv/techpaten; here at this checkout, whose virtualenv has the same programs.
    for unit in (DEPLOY / "systemd").iterdir():
        (tmp_path / unit.name).write_text(unit.read_text().replace("/srv/techpaten", str(ROOT)))
    units = [str(tmp_path / name) for name in ("techpaten-web.service", "techpaten-worker.service")]
    units += [str(path) for path in sorted(tmp_path.glob("*.timer"))]
    instance = tmp_path / "techpaten@retry_mail.service"
    instance.symlink_to(tmp_path / "techpaten@.service")
    result = subprocess.run(  # noqa: S603
        [tool("systemd-analyze"), "verify", *units, str(instance)],
        env={**os.environ, "SYSTEMD_UNIT_PATH": f"{tmp_path}:"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr  # unknown keys are only warned about: none allowed


def scheduled_in_readme() -> set[str]:
    readme = (ROOT / "README.md").read_text()
    operations = readme.split("## Operations", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `(\w+)` \|", operations, re.MULTILINE))


def test_every_scheduled_command_of_the_readme_has_a_timer_and_exists():
    timers = {
        re.search(r"^Unit=techpaten@(\w+)\.service$", path.read_text(), re.MULTILINE).group(1)  # type: ignore[union-attr]
        for path in (DEPLOY / "systemd").glob("*.timer")
    }
    assert timers == scheduled_in_readme()
    assert len(timers) >= 5
    assert timers <= set(get_commands())


@pytest.mark.parametrize("unit", ["techpaten-web.service", "techpaten-worker.service", "techpaten@.service"])
def test_the_units_run_as_the_unprivileged_user_with_the_env_file(unit):
    text = (DEPLOY / "systemd" / unit).read_text()
    assert "\nUser=techpaten\n" in text
    assert "\nEnvironmentFile=/etc/techpaten/env\n" in text
    assert "\nProtectSystem=strict\n" in text
