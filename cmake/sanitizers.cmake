# AddressSanitizer + UndefinedBehaviorSanitizer for the test build (preset "asan").
option(LSEARCH_SANITIZE "Build with ASan and UBSan" OFF)

if(LSEARCH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# A program that is not built with ASan (python3) can load ASan-built code
# (the Python module) only with the runtime preloaded: tests set LD_PRELOAD to it.
if(LSEARCH_SANITIZE)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                  OUTPUT_VARIABLE LSEARCH_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
