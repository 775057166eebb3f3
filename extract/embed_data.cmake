# Turns a text data file into a C++ source defining
#   std::string_view claimgraph::extract::data::<SYMBOL>()
# so the lexicons travel inside the binary and no file is opened at run time.
# Usage: cmake -DINPUT=f -DOUTPUT=f.cc -DSYMBOL=name -P embed_data.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")cgdata\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT}; do not edit.\n"
  "#include <string_view>\n"
  "namespace claimgraph::extract::data {\n"
  "std::string_view ${SYMBOL}() {\n"
  "  static constexpr char kText[] = R\"cgdata(${content})cgdata\";\n"
  "  return {kText, sizeof(kText) - 1};\n"
  "}\n"
  "}  // namespace claimgraph::extract::data\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
