# Benchmark-only web targets, included at the end of cmake/web_app.cmake. Nothing here is
# built by default (EXCLUDE_FROM_ALL): bench/run asks for fasthold_bare_single.
#
# fasthold_bare_single: a bare Dear ImGui window (bench/bare_window.cpp) with the same
# toolchain, compile flags (the preset's MinSizeRel -Os, -fwasm-exceptions), imgui library,
# link flags and single-file packing (scripts/make_single_file.py) as fasthold_single, so
# bench/run can divide Fasthold's offline copy by it: bench/bare.html.
add_executable(fasthold_bare_single EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/bench/bare_window.cpp)
target_link_libraries(fasthold_bare_single PRIVATE imgui_backends)
set_target_properties(fasthold_bare_single PROPERTIES OUTPUT_NAME bare_single
                      RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
target_link_options(fasthold_bare_single PRIVATE ${FASTHOLD_PAGE_LINK_OPTIONS} -sSINGLE_FILE=1
  --pre-js ${CMAKE_SOURCE_DIR}/bench/bare_pre.js)
set_property(TARGET fasthold_bare_single APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/bench/bare_pre.js
             ${CMAKE_SOURCE_DIR}/bench/bare.html ${CMAKE_SOURCE_DIR}/scripts/make_single_file.py)
add_custom_command(TARGET fasthold_bare_single POST_BUILD
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/scripts/make_single_file.py ${CMAKE_SOURCE_DIR}/bench/bare.html
          ${CMAKE_BINARY_DIR}/bench/bare_single.js ${CMAKE_BINARY_DIR}/bench/bare.html
  COMMENT "Making the bare window's single file bench/bare.html")
