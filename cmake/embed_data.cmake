# Writes OUT: a C++ file holding every data/*.json as a string, keyed by file stem.
file(GLOB files ${DATA_DIR}/*.json)
list(SORT files)
set(body "// Generated from data/ by cmake/embed_data.cmake. Do not edit.\n#include \"engine/kb_embedded.hpp\"\nnamespace fasthold {\nconst std::vector<EmbeddedFile>& embedded_kb_files() {\n  static const std::vector<EmbeddedFile> files = {\n")
foreach(f ${files})
  get_filename_component(stem ${f} NAME_WE)
  file(READ ${f} content)
  # Indentation goes (17 KB): a raw line break can only stand between JSON tokens, never
  # inside a string, so the spaces after one are never part of a text.
  string(REGEX REPLACE "\n[ ]+" "\n" content "${content}")
  # Raw string pieces stay under compilers' literal limits.
  string(LENGTH "${content}" len)
  set(chunks "")
  set(pos 0)
  while(pos LESS len)
    string(SUBSTRING "${content}" ${pos} 8000 piece)
    string(APPEND chunks "R\"kb(${piece})kb\"\n")
    math(EXPR pos "${pos} + 8000")
  endwhile()
  string(APPEND body "    {\"${stem}\", std::string(\n${chunks})},\n")
endforeach()
string(APPEND body "  };\n  return files;\n}\n}  // namespace fasthold\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
