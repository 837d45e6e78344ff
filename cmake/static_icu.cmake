# ICU for each program. The lsearch executable sets the target property
# LSEARCH_STATIC_ICU and gets ICU's static archives (issue 15): one process per
# search, and two shared objects fewer to map and relocate (libicuuc carries
# 5,000+ relocations; its data, 30 MB, sits in the binary's read-only pages and
# is paged in as read). Everything else (lindex, liblsearch, the Python module,
# the tests) links the shared ICU: a library must not carry its own copy.
# The target property is read from the program being linked ($<TARGET_PROPERTY:...>
# in an INTERFACE_LINK_LIBRARIES), so one lsearch_common serves both.
find_library(LSEARCH_ICU_I18N_STATIC NAMES libicui18n.a)
find_library(LSEARCH_ICU_UC_STATIC NAMES libicuuc.a)
find_library(LSEARCH_ICU_DATA_STATIC NAMES libicudata.a)
add_library(lsearch_icu INTERFACE)
if(LSEARCH_ICU_I18N_STATIC AND LSEARCH_ICU_UC_STATIC AND LSEARCH_ICU_DATA_STATIC
   AND NOT LSEARCH_SANITIZE)
  set(LSEARCH_STATIC_ICU_FOUND ON)
  set(wants_static "$<BOOL:$<TARGET_PROPERTY:LSEARCH_STATIC_ICU>>")
  set(static_icu ${LSEARCH_ICU_I18N_STATIC} ${LSEARCH_ICU_UC_STATIC} ${LSEARCH_ICU_DATA_STATIC}
                 ${CMAKE_DL_LIBS})
  target_link_libraries(lsearch_icu INTERFACE "$<${wants_static}:${static_icu}>"
                                              "$<$<NOT:${wants_static}>:ICU::uc;ICU::i18n>")
else()
  # Without the archives (or under the sanitizers) every program links the shared ICU.
  set(LSEARCH_STATIC_ICU_FOUND OFF)
  target_link_libraries(lsearch_icu INTERFACE ICU::uc ICU::i18n)
endif()
