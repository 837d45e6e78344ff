# The .pyi stub names what the module has, class by class, so editors are right.
import ast
import pathlib

import lsearch

STUB = pathlib.Path(lsearch.__file__).with_name("__init__.pyi")


def stub_names():
    tree = ast.parse(STUB.read_text())
    names, members = set(), {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
            members[node.name] = {
                item.target.id if isinstance(item, ast.AnnAssign) else item.name
                for item in node.body
                if isinstance(item, (ast.AnnAssign, ast.FunctionDef))
            }
        elif isinstance(node, ast.FunctionDef):
            names.add(node.name)
    return names, members


def test_stub_names_the_modules_classes_and_functions():
    names, members = stub_names()
    assert names == set(lsearch.__all__)
    for name, fields in members.items():
        cls = getattr(lsearch, name)
        public = {m for m in dir(cls) if not m.startswith("_")} | ({"__init__"} if name == "Searcher" else set())
        if not issubclass(cls, Exception):
            assert fields - {"__len__"} == public - {"__len__"}, name
