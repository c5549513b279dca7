# The page: Dear ImGui over GLFW + WebGL2 (Debian's emcc has frozen ports: use its built-in GLFW).
set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources missing in ${IMGUI_DIR}: run ./emsdk-setup.sh")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

# The UI font: DejaVu Sans subset at build time to the glyphs Danish and English texts use
# (keep in step with font_glyph_ranges in src/ui/fonts.hpp), without what stb_truetype never
# reads (hinting, kerning and layout tables, names): 82 KB of fonts become 34 KB. Then
# compiled in as C arrays:
# the bytes sit in the .wasm, and the page needs no file system.
set(FONT_SUBSET_RANGES "U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC,U+2190-2193,U+2713,U+2717,U+25CF,U+25CB,U+25B6,U+25BC,U+00A7")
set(FONT_DIR ${CMAKE_BINARY_DIR}/font)
set(FONT_SOURCES "")
foreach(face_symbol "DejaVuSans|font_regular" "DejaVuSans-Bold|font_bold")
  string(REPLACE "|" ";" pair "${face_symbol}")
  list(GET pair 0 face)
  list(GET pair 1 symbol)
  add_custom_command(
    OUTPUT ${FONT_DIR}/${face}.ttf
    COMMAND ${CMAKE_COMMAND} -E make_directory ${FONT_DIR}
    COMMAND /usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/dejavu/${face}.ttf
            --unicodes=${FONT_SUBSET_RANGES} --no-hinting --layout-features= --name-IDs=
            --drop-tables+=GPOS,GSUB,GDEF,kern,FFTM --output-file=${FONT_DIR}/${face}.ttf
    DEPENDS /usr/share/fonts/truetype/dejavu/${face}.ttf
    COMMENT "Subsetting ${face}")
  add_custom_command(
    OUTPUT ${FONT_DIR}/${face}.cpp
    COMMAND ${CMAKE_COMMAND} -DIN=${FONT_DIR}/${face}.ttf -DOUT=${FONT_DIR}/${face}.cpp -DNAME=${symbol}
            -P ${CMAKE_SOURCE_DIR}/scripts/embed_binary.cmake
    DEPENDS ${FONT_DIR}/${face}.ttf ${CMAKE_SOURCE_DIR}/scripts/embed_binary.cmake
    COMMENT "Compiling in ${face}")
  list(APPEND FONT_SOURCES ${FONT_DIR}/${face}.cpp)
endforeach()

file(GLOB FASTHOLD_UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp)
# Compiled once for both the served page and its offline copy.
add_library(fasthold_page_objects OBJECT ${FASTHOLD_UI_SOURCES} ${FONT_SOURCES}
            ${CMAKE_SOURCE_DIR}/src/platform/platform_web.cpp ${FASTHOLD_KB_SNAPSHOT_CPP})
target_link_libraries(fasthold_page_objects PUBLIC fasthold_engine imgui)
add_executable(fasthold_app $<TARGET_OBJECTS:fasthold_page_objects>)
target_link_libraries(fasthold_app PRIVATE fasthold_engine imgui)
set_target_properties(fasthold_app PROPERTIES OUTPUT_NAME fasthold RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/site)
# The page's link options, shared by the page, its offline copy and the benchmark's bare
# window (bench/bench_web.cmake), so that their sizes compare like for like.
set(FASTHOLD_PAGE_LINK_OPTIONS
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0)
target_link_options(fasthold_app PRIVATE ${FASTHOLD_PAGE_LINK_OPTIONS} --pre-js ${CMAKE_SOURCE_DIR}/web/pre.js)
set_property(TARGET fasthold_app APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/pre.js)
# The page shell sits beside fasthold.js and fasthold.wasm.
add_custom_command(TARGET fasthold_app POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/web/index.html ${CMAKE_BINARY_DIR}/site/index.html)

# A page that drives platform_web.cpp directly, for tests/e2e: build/web/probe/ (not shipped).
add_executable(fasthold_platform_probe ${CMAKE_SOURCE_DIR}/tests/e2e/platform_probe.cpp
                                       ${CMAKE_SOURCE_DIR}/src/platform/platform_web.cpp)
target_include_directories(fasthold_platform_probe PRIVATE ${CMAKE_SOURCE_DIR}/src)
set_target_properties(fasthold_platform_probe PROPERTIES OUTPUT_NAME probe RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/probe)
target_link_options(fasthold_platform_probe PRIVATE -sENVIRONMENT=web -sFILESYSTEM=0 -sEXPORTED_RUNTIME_METHODS=['ccall'])
add_custom_command(TARGET fasthold_platform_probe POST_BUILD
  COMMAND ${CMAKE_COMMAND} -DIN=${CMAKE_SOURCE_DIR}/web/index.html -DOUT=${CMAKE_BINARY_DIR}/probe/index.html
          -P ${CMAKE_SOURCE_DIR}/scripts/probe_page.cmake)

# The offline copy: the same program with the .wasm inside the .js, inlined into one
# fasthold.html that works from file:// with the network off (issue: offline copy).
add_executable(fasthold_single $<TARGET_OBJECTS:fasthold_page_objects>)
target_link_libraries(fasthold_single PRIVATE fasthold_engine imgui)
set_target_properties(fasthold_single PROPERTIES OUTPUT_NAME fasthold_single RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/single)
target_link_options(fasthold_single PRIVATE ${FASTHOLD_PAGE_LINK_OPTIONS} -sSINGLE_FILE=1
  --pre-js ${CMAKE_SOURCE_DIR}/web/pre.js)
set_property(TARGET fasthold_single APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/pre.js
             ${CMAKE_SOURCE_DIR}/web/index.html ${CMAKE_SOURCE_DIR}/scripts/make_single_file.py)
add_custom_command(TARGET fasthold_single POST_BUILD
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/scripts/make_single_file.py ${CMAKE_SOURCE_DIR}/web/index.html
          ${CMAKE_BINARY_DIR}/single/fasthold_single.js ${CMAKE_BINARY_DIR}/site/fasthold.html
  COMMENT "Making the offline copy site/fasthold.html")
add_dependencies(fasthold_single fasthold_app)

# Benchmark-only targets (a bare ImGui window to compare against): bench/bench_web.cmake.
if(EXISTS ${CMAKE_SOURCE_DIR}/bench/bench_web.cmake)
  include(${CMAKE_SOURCE_DIR}/bench/bench_web.cmake)
endif()
