"""Commands that write a whole folder replace only a folder they made themselves.

`policylab build-site --out .` once deleted a whole checkout, .git included. These tests run
the real command against a small pack in a temporary folder and check what survives.
"""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from policylab import cli, outdir, site


@pytest.fixture
def pack(tmp_path, monkeypatch):
    """A tiny pack with a .git folder and a learner's own file, as a clone would have."""
    root = tmp_path / "pack"
    (root / "notebooks").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "README.md").write_text("# Pack\n")
    (root / "my-notes.txt").write_text("a learner's own notes\n")
    nb = new_notebook(cells=[new_markdown_cell("# Lesson"), new_code_cell("x = 1")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, root / "notebooks" / "00-lesson.ipynb")
    monkeypatch.chdir(root)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    return root


def everything(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def build_site(root, out, capsys):
    code = cli.main(["build-site", "--root", str(root), "--out", str(out), "--no-execute"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("where", [".", "..", "notebooks/..", "{root}", "{home}", "/"])
def test_the_pack_the_current_folder_home_and_their_parents_are_refused(pack, capsys, where):
    before = everything(pack)
    out = where.format(root=pack, home=pack.parent / "home")
    code, err = build_site(pack, out, capsys)
    assert code == 2
    assert "choose a new folder" in err
    assert everything(pack) == before
    assert (pack / ".git" / "HEAD").read_text() == "ref: refs/heads/main\n"


def test_a_folder_of_someone_elses_files_is_refused_and_kept(pack, capsys):
    theirs = pack / "handouts"
    theirs.mkdir()
    (theirs / "week1.pdf").write_text("not ours")
    code, err = build_site(pack, theirs, capsys)
    assert code == 2
    assert "did not make" in err and "handouts" in err
    assert (theirs / "week1.pdf").read_text() == "not ours"
    assert [p.name for p in theirs.iterdir()] == ["week1.pdf"]


def test_a_file_in_the_way_is_refused(pack, capsys):
    (pack / "site.html").write_text("mine")
    code, err = build_site(pack, pack / "site.html", capsys)
    assert code == 2 and "not a folder" in err
    assert (pack / "site.html").read_text() == "mine"


def test_a_new_or_empty_folder_is_built_and_marked_then_rebuilt(pack, capsys, tmp_path):
    for out in (tmp_path / "new" / "_site", tmp_path / "empty"):
        if out.name == "empty":
            out.mkdir()
        assert build_site(pack, out, capsys)[0] == 0
        assert (out / outdir.MARKER).is_file()
        assert (out / "index.html").is_file()
        (out / "stale.html").write_text("from an older build")
        assert build_site(pack, out, capsys)[0] == 0, "a site we built may be replaced"
        assert not (out / "stale.html").exists()
        assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}-")], \
            "no staging or old copy is left beside the site"


def test_a_failed_build_leaves_the_old_site_and_no_staging_folder(pack, tmp_path, monkeypatch):
    out = tmp_path / "_site"
    site.build(pack, out, execute=False, log=lambda *_: None)
    (out / "index.html").write_text("the old site")

    def broken(*args, **kwargs):
        raise site.SiteError("a page failed")

    monkeypatch.setattr(site, "_doc_page", broken)
    with pytest.raises(site.SiteError):
        site.build(pack, out, execute=False, log=lambda *_: None)
    assert (out / "index.html").read_text() == "the old site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site", "home", "pack"]


def test_a_symlink_to_a_folder_is_refused(pack, tmp_path, capsys):
    real = tmp_path / "real"
    real.mkdir()
    (real / "keep.txt").write_text("keep")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    code, err = build_site(pack, link, capsys)
    assert code == 2
    assert (real / "keep.txt").read_text() == "keep"
