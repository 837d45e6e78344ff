# AddressSanitizer + UndefinedBehaviorSanitizer for the test build (preset "asan").
option(LSEARCH_SANITIZE "Build with ASan and UBSan" OFF)

if(LSEARCH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
