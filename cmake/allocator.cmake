# The malloc linked into the lindex executable (issue 15). Xapian 1.4's
# inverter buffers every posting in std::map nodes, so malloc and free are a
# large share of a full build. Default: jemalloc, which won every interleaved
# round of full Reuters builds on a quiet machine (README "Speed": 1.13x wall
# on JSONL, 1.21x on .txt, less CPU and RSS). Only executables get it, never
# liblsearch or the Python module: a library must not replace its host
# program's allocator.
#   -DLSEARCH_ALLOCATOR=mimalloc|jemalloc|system   (default jemalloc)
# When the library is not installed the build warns and keeps glibc's malloc
# (scripts/install-deps.sh installs libjemalloc-dev; libmimalloc-dev gives mimalloc).
set(LSEARCH_ALLOCATOR "jemalloc" CACHE STRING "malloc for lindex: mimalloc, jemalloc or system")
set_property(CACHE LSEARCH_ALLOCATOR PROPERTY STRINGS mimalloc jemalloc system)

# Links the chosen allocator into an executable target, and records the
# library's path in the global property LSEARCH_ALLOCATOR_LINKED (for the tests).
function(lsearch_use_allocator target)
  if(LSEARCH_ALLOCATOR STREQUAL "system" OR LSEARCH_SANITIZE)
    return()  # the sanitizers bring their own malloc
  endif()
  if(NOT LSEARCH_ALLOCATOR MATCHES "^(mimalloc|jemalloc)$")
    message(FATAL_ERROR "LSEARCH_ALLOCATOR=${LSEARCH_ALLOCATOR}: use mimalloc, jemalloc or system")
  endif()
  find_library(LSEARCH_ALLOCATOR_LIB_${LSEARCH_ALLOCATOR} NAMES ${LSEARCH_ALLOCATOR})
  set(lib ${LSEARCH_ALLOCATOR_LIB_${LSEARCH_ALLOCATOR}})
  if(NOT lib)
    message(WARNING "${LSEARCH_ALLOCATOR} not found (scripts/install-deps.sh installs "
                    "lib${LSEARCH_ALLOCATOR}-dev): ${target} keeps the system malloc")
    return()
  endif()
  # --no-as-needed: nothing calls the library by name; it must still be loaded,
  # before libc, so that its malloc is the one every library binds to.
  target_link_libraries(${target} PRIVATE -Wl,--push-state,--no-as-needed ${lib} -Wl,--pop-state)
  set_property(GLOBAL PROPERTY LSEARCH_ALLOCATOR_LINKED ${lib})
endfunction()
