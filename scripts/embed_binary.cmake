# cmake -DIN=file -DOUT=file.cpp -DNAME=symbol -P embed_binary.cmake
# Writes a C++ file defining `const unsigned char NAME[]` and `const unsigned NAME_size`
# in namespace fasthold::ui, so a binary (a font) lives in the wasm data, not in the .js.
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# About 16 bytes a line keeps the file readable by editors.
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUT}.tmp "// Generated from ${IN} by scripts/embed_binary.cmake. Do not edit.\nnamespace fasthold::ui {\nextern const unsigned char ${NAME}[] = {\n${bytes}\n};\nextern const unsigned ${NAME}_size = ${size};\n}  // namespace fasthold::ui\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
