#!/usr/bin/env bash
# style.function_length: scripts/check-function-length.py finds no function over 60 lines
# in the sources, and it does fail on one of 61 lines, whether pmccabe measures it or only
# the brace counter sees it (a pybind11 binding in `namespace lsearch::python`, whose
# functions pmccabe skips without a word).
set -u
: "${SOURCE_DIR:?set SOURCE_DIR to the repository}"
CHECK=(python3 "$SOURCE_DIR/scripts/check-function-length.py")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-style-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILURES=0
fail() {
  echo "FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}

# function NAME LINES: a C++ function of exactly LINES lines, signature to closing brace.
function_of() {
  echo "int $1(int x) {"
  for ((i = 2; i < $2; i++)); do echo "  x += $i;  // \"}\" and '{' in literals do not count"; done
  echo "  return x; }"
}
# binding NAME LINES: a pybind11-style function of LINES lines, one chained call.
binding_of() {
  echo "void $1(py::module_& m) {"
  echo "  py::class_<Hit>(m, \"Hit\", R\"(A hit {with braces})\")"
  for ((i = 4; i < $2; i++)); do echo "      .def_readonly(\"f$i\", &Hit::f$i, \"field {$i}\")"; done
  echo "      ;"
  echo "}"
}

mkdir -p "$WORK/ok" "$WORK/long" "$WORK/binding"
{ function_of at_limit 60; binding_of bind_at_limit 60; } >"$WORK/ok/ok.cpp"
{ function_of short 10; function_of too_long 61; } >"$WORK/long/long.cpp"
{
  echo "namespace lsearch::python {"
  binding_of bind_short 5
  binding_of bind_too_long 61
  echo "}  // namespace lsearch::python"
} >"$WORK/binding/binding.cpp"

if ! "${CHECK[@]}" --root "$WORK" ok >"$WORK/out" 2>&1; then
  fail "functions of 60 lines are refused: $(cat "$WORK/out")"
fi
if "${CHECK[@]}" --root "$WORK" long >"$WORK/out" 2>&1; then
  fail "a 61-line function passes"
elif ! grep -q "long/long.cpp:11: too_long: 61 lines (pmccabe)" "$WORK/out" ||
  grep -q short "$WORK/out"; then
  fail "the 61-line function is not the one named: $(cat "$WORK/out")"
fi
if "${CHECK[@]}" --root "$WORK" binding >"$WORK/out" 2>&1; then
  fail "a 61-line pybind11 function passes"
elif ! grep -q "binding/binding.cpp:7: bind_too_long: 61 lines (brace count)" "$WORK/out"; then
  fail "the 61-line binding is not the one named: $(cat "$WORK/out")"
fi

# The sources themselves.
if ! "${CHECK[@]}" --root "$SOURCE_DIR"; then fail "functions over 60 lines in the sources"; fi

if [ "$FAILURES" -ne 0 ]; then
  echo "style.function_length: $FAILURES failure(s)" >&2
  exit 1
fi
echo "style.function_length: ok"
