"""Dependencies point one way: the import graph of the apps has no cycle and no import upward (import_graph.py)."""

from __future__ import annotations

from collections import defaultdict

from .import_graph import (
    LAYER_OF,
    LAYERS,
    PRIVATE_MODULES,
    apps,
    cycles,
    python_imports,
    template_libraries,
    template_owner,
    template_references,
)


def test_every_app_has_its_place_in_the_layers():
    assert sorted(set(apps()) - set(LAYER_OF)) == []
    assert sorted(set(LAYER_OF) - set(apps())) == []


def test_no_app_imports_from_a_layer_above_its_own():
    upward = [
        f"{i.where}: {i.source} ({LAYERS[LAYER_OF[i.source]][0]}) imports {i.target} ({LAYERS[LAYER_OF[i.target]][0]})"
        for i in python_imports()
        if LAYER_OF[i.target] > LAYER_OF[i.source]
    ]
    assert upward == []


def test_no_two_apps_depend_on_each_other_round_any_cycle():
    edges: dict[str, set[str]] = defaultdict(set)
    for i in python_imports():
        edges[i.source].add(i.target)
    for app, kind, name, _where in template_references():
        owner = template_libraries().get(name) if kind == "load" else template_owner(name)
        if owner is not None and owner != app:
            edges[app].add(owner)
    assert cycles(edges) == []


def test_no_app_imports_another_apps_views_or_template_tags():
    private = [
        f"{i.where}: {i.source} imports {i.target}.{i.module}"
        for i in python_imports()
        if i.module.split(".")[0] in PRIVATE_MODULES
    ]
    assert private == []


def test_templates_load_only_their_own_apps_tags_and_cores():
    libraries = template_libraries()
    foreign = [
        f"{where}: {app} loads {name} of {libraries[name]}"
        for app, kind, name, where in template_references()
        if kind == "load" and libraries.get(name) not in (None, app, "core")
    ]
    assert foreign == []


def test_templates_include_and_extend_only_templates_of_their_layer_or_below():
    upward = []
    for app, kind, name, where in template_references():
        owner = template_owner(name) if kind != "load" else None
        if owner is not None and LAYER_OF[owner] > LAYER_OF[app]:
            upward.append(f"{where}: {app} {kind}s {name} of {owner}")
    assert upward == []


def test_the_checker_sees_imports_inside_functions_and_for_type_checking_only(tmp_path):
    # A lower app calling up from inside a function is still calling up (issue 10): the checker must see it.
    package = tmp_path / "techpaten"
    for app in ("low", "high"):
        (package / app).mkdir(parents=True)
        (package / app / "__init__.py").write_text("")
        (package / app / "apps.py").write_text("")
    (package / "low" / "services.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from techpaten.high.models import Thing\n"
        "def act():\n    from techpaten.high import views\n    import techpaten.high.services\n"
    )
    found = sorted((i.source, i.target, i.module) for i in python_imports(package))
    assert found == [("low", "high", "models.Thing"), ("low", "high", "services"), ("low", "high", "views")]


def test_the_checker_finds_cycles_round_several_apps():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
