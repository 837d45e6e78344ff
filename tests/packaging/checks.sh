# Sourced by the packaging tests (tests/packaging/*_test.sh): a failure is
# counted and reported, and the test exits non-zero at its end, so one run
# lists every broken check.
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# The shared objects an ELF file names as DT_NEEDED (what it links, not what
# ldd resolves through its dependencies).
needed() { readelf -d "$1" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'; }
