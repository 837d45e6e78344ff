# lsearch/version.h from project(VERSION): the one place the version is written.
configure_file(${PROJECT_SOURCE_DIR}/cmake/version.h.in
               ${PROJECT_BINARY_DIR}/include/lsearch/version.h @ONLY)
