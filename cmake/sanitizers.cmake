# AddressSanitizer + UndefinedBehaviorSanitizer for the test build (preset "asan").
option(LSEARCH_SANITIZE "Build with ASan and UBSan" OFF)

if(LSEARCH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# A program that is not built with ASan (python3) can load ASan-built code
# (the Python module) only with the runtime preloaded: tests set LD_PRELOAD to
# LSEARCH_ASAN_PRELOAD. libstdc++ is preloaded too: python3 does not link it,
# and ASan's __cxa_throw interceptor finds the real one only if it is loaded
# when ASan starts (otherwise the first C++ exception aborts).
if(LSEARCH_SANITIZE)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                  OUTPUT_VARIABLE asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++.so
                  OUTPUT_VARIABLE cxx_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(LSEARCH_ASAN_PRELOAD "${asan_runtime}:${cxx_runtime}")
endif()
