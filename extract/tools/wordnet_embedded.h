// The WordNet-derived lexicon (extract/tools/wordnet_lexicon.cc output),
// embedded in the binary at build time. Format: docs/lexicons.md.
#pragma once

#include <string_view>

namespace claimgraph {

// The whole TSV: sorted lines "kind\t...\n" (kinds N, C, S, D, M), UTF-8,
// ending with '\n'. Static storage; valid for the life of the program.
std::string_view WordnetLexiconData();

}  // namespace claimgraph
