# Dear ImGui's core, the UI font and the screens (src/ui/), in both builds: natively the
# Catch2 tests draw every screen with no renderer (tests/unit/ui_*); the web build adds
# ImGui's GLFW and WebGL backends and the browser glue (cmake/web_app.cmake).
set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources missing in ${IMGUI_DIR}: run ./emsdk-setup.sh")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(NOT EMSCRIPTEN)
  target_compile_options(imgui PRIVATE -w)  # not our code
endif()

# The UI font: DejaVu Sans subset at build time to the glyphs Danish and English texts use
# (keep in step with font_glyph_ranges in src/ui/fonts.hpp), without what stb_truetype never
# reads (hinting, kerning and layout tables, names): 82 KB of fonts become 34 KB. Then
# compiled in as C arrays: the bytes sit in the program, and the page needs no file system.
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

# The screens, their state and the accessible tree: no browser, no renderer.
file(GLOB FASTHOLD_UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp)
add_library(fasthold_ui STATIC ${FASTHOLD_UI_SOURCES} ${FONT_SOURCES})
target_link_libraries(fasthold_ui PUBLIC fasthold_engine imgui)
# The engine's headers bring nlohmann_json into most screens: parsed once, not per file.
target_precompile_headers(fasthold_ui PRIVATE <nlohmann/json.hpp> <string> <vector> <map> <optional> ${IMGUI_DIR}/imgui.h)
set_source_files_properties(${FONT_SOURCES} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
if(NOT EMSCRIPTEN)
  # Views fill only the fields of a form description they need ({label, hint}).
  target_compile_options(fasthold_ui PRIVATE -Wno-missing-field-initializers)
endif()
