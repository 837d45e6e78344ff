# `cpack -G DEB` in a build directory -> lsearch_<version>_amd64.deb holding
# everything `cmake --install` installs, under /usr. Depends comes from
# dpkg-shlibdeps on the binaries and libraries (libxapian30, libicu72, ...),
# plus the Python the module was built for.
set(CPACK_PACKAGE_NAME lsearch)
set(CPACK_PACKAGE_VENDOR "lsearch")
set(CPACK_PACKAGE_CONTACT "lsearch maintainers <lsearch@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "full-text search engine for news archives, on Xapian")
set(CPACK_PACKAGE_DESCRIPTION
    "lindex builds and updates an index of news articles (titles, dates, sources,\n actors and places); lsearch answers ranked, faceted queries with snippets.\n Also a C++ library (liblsearch, CMake and pkg-config files) and a Python module.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # lsearch_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
if(LSEARCH_PYTHON_DEPENDS)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${LSEARCH_PYTHON_DEPENDS}")
endif()
include(CPack)
