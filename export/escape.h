// Text hygiene shared by the writers: every string that leaves export/ went
// through here, so hostile or broken input (invalid UTF-8, control
// characters, markup) shows up as text instead of breaking a file format.
#ifndef CLAIMGRAPH_EXPORT_ESCAPE_H_
#define CLAIMGRAPH_EXPORT_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::exporter {

enum class Whitespace {
  kKeepLineBreaks,  // tab and newline survive (GraphML text)
  kCollapse,        // every run of whitespace becomes one space, trimmed
};

// Valid UTF-8 out: invalid sequences become U+FFFD; C0 controls (except tab
// and newline under kKeepLineBreaks), DEL, C1 controls and the non-characters
// U+FFFE/U+FFFF, none of which XML 1.0 or Graphviz accept, are dropped.
std::string SanitizeText(std::string_view text, Whitespace whitespace);

// Escapes & < > " ' as XML entities. Expects sanitized text.
std::string XmlEscape(std::string_view text);

// Number of code points of valid UTF-8 text.
size_t CodePointCount(std::string_view text);

// At most `max_code_points` code points; longer text is cut at a word
// boundary when one is near and ends in "…". Expects sanitized text.
std::string Truncate(std::string_view text, size_t max_code_points);

// Greedy word wrap of collapsed text into lines of at most `width` code
// points; a word longer than a line is split.
std::vector<std::string> WordWrap(std::string_view text, size_t width);

}  // namespace claimgraph::exporter

#endif  // CLAIMGRAPH_EXPORT_ESCAPE_H_
