# The page: the screens (cmake/ui.cmake) over ImGui's GLFW + WebGL2 backends (Debian's emcc has
# frozen ports: use its built-in GLFW).
add_library(imgui_backends STATIC ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends PUBLIC ${IMGUI_DIR}/backends)
target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(imgui_backends PUBLIC imgui)

# Compiled once for both the served page and its offline copy.
add_library(fasthold_page_objects OBJECT ${CMAKE_SOURCE_DIR}/src/platform/web_main.cpp
            ${CMAKE_SOURCE_DIR}/src/platform/platform_web.cpp ${FASTHOLD_KB_SNAPSHOT_CPP})
target_link_libraries(fasthold_page_objects PUBLIC fasthold_ui imgui_backends)
if(FASTHOLD_TEST_HOOKS)
  target_compile_definitions(fasthold_page_objects PRIVATE FASTHOLD_TEST_HOOKS)
endif()
add_executable(fasthold_app $<TARGET_OBJECTS:fasthold_page_objects>)
target_link_libraries(fasthold_app PRIVATE fasthold_ui imgui_backends)
set_target_properties(fasthold_app PROPERTIES OUTPUT_NAME fasthold RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/site)
# The page's link options, shared by the page, its offline copy and the benchmark's bare
# window (bench/bench_web.cmake), so that their sizes compare like for like.
set(FASTHOLD_PAGE_LINK_OPTIONS
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0)
target_link_options(fasthold_app PRIVATE ${FASTHOLD_PAGE_LINK_OPTIONS} "SHELL:--pre-js ${CMAKE_SOURCE_DIR}/web/pre.js"
  "SHELL:--pre-js ${CMAKE_SOURCE_DIR}/web/a11y.js")
set_property(TARGET fasthold_app APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/pre.js ${CMAKE_SOURCE_DIR}/web/a11y.js)
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
target_link_libraries(fasthold_single PRIVATE fasthold_ui imgui_backends)
set_target_properties(fasthold_single PROPERTIES OUTPUT_NAME fasthold_single RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/single)
target_link_options(fasthold_single PRIVATE ${FASTHOLD_PAGE_LINK_OPTIONS} -sSINGLE_FILE=1
  "SHELL:--pre-js ${CMAKE_SOURCE_DIR}/web/pre.js" "SHELL:--pre-js ${CMAKE_SOURCE_DIR}/web/a11y.js")
set_property(TARGET fasthold_single APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/pre.js ${CMAKE_SOURCE_DIR}/web/a11y.js
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
