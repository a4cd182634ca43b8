"""The organisation's config file: the example works, and every mistake is reported clearly at start."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.server.config import ConfigError, OrgConfig, load_config

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config" / "organisation.example.yaml"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "org.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_config_loads_with_every_field():
    config = load_config(EXAMPLE)
    assert config.name == "Example Leukaemia Support Line" and config.locale == "UK"
    assert config.contacts["emergency_number"] == "999"
    assert config.contact_overrides()["organisation"] == "Example Leukaemia Support Line"
    assert config.transcripts.enabled is False and config.transcripts.retention_days == 30
    assert config.transcripts.path == EXAMPLE.parent.resolve() / "transcripts.sqlite3"
    assert config.limits.max_message_chars == 1000 and config.limits.rate_limit_per_minute == 30
    assert config.sessions.max_sessions == 10_000 and config.cors_origins == ()


def test_an_empty_file_gives_the_defaults(tmp_path):
    config = load_config(_write(tmp_path, ""))
    assert config.name == OrgConfig.name and config.contact_overrides() == {}
    assert config.log_message_text is False


def test_every_problem_is_listed_with_file_and_field(tmp_path):
    path = _write(tmp_path, "nmae: X\nlimits:\n  max_message_chars: lots\n  rate_limit_per_minute: -1\n"
                            "transcripts:\n  enabled: yes please\ncors_origins: [www.example.org]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    lines = str(caught.value).splitlines()
    assert len(lines) == 5
    assert f"{path}: nmae: unknown field; did you mean name?" in lines
    assert any(line.startswith(f"{path}: limits.max_message_chars: must be a whole number") for line in lines)
    assert any(line.startswith(f"{path}: limits.rate_limit_per_minute: must be a whole number from 0")
               for line in lines)
    assert f"{path}: transcripts.enabled: must be true or false (got 'yes please')" in lines
    assert any("cors_origins" in line and "http://" in line for line in lines)


def test_bad_yaml_names_the_line(tmp_path):
    with pytest.raises(ConfigError, match=r"org.yaml: line 2: not valid YAML"):
        load_config(_write(tmp_path, "name: A\n  locale: [UK\n"))


def test_a_missing_file_is_a_clear_problem(tmp_path):
    with pytest.raises(ConfigError, match=r"nowhere.yaml: -: cannot read the file: No such file"):
        load_config(tmp_path / "nowhere.yaml")


def test_serve_refuses_a_bad_config_with_exit_2_and_no_traceback(cli, tmp_path):
    path = _write(tmp_path, "name: ''\nlimits:\n  max_body_bytes: 10\n")
    result = cli("serve", "--config", str(path), "--port", "1")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert f"{path}: name: must be non-empty text" in err
    assert f"{path}: limits.max_body_bytes: must be a whole number from 256" in err
    assert "not started" in err and "Traceback" not in err


def test_serve_refuses_an_unknown_locale(cli, tmp_path):
    result = cli("serve", "--config", str(_write(tmp_path, "locale: Atlantis\n")), "--port", "1")
    assert result.returncode == 2
    assert "locale" in result.stderr.decode() and "Atlantis" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_several_workers_need_a_shared_session_store(cli):
    result = cli("serve", "--workers", "2")
    assert result.returncode == 2 and "--redis-url" in result.stderr.decode()
