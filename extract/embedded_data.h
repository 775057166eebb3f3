// The lexicon files of extract/data/, compiled into the binary (see
// embed_data.cmake) so that no file is opened while extracting.
#ifndef CLAIMGRAPH_EXTRACT_EMBEDDED_DATA_H_
#define CLAIMGRAPH_EXTRACT_EMBEDDED_DATA_H_

#include <string_view>

namespace claimgraph::extract::data {

std::string_view Titles();
std::string_view Roles();
std::string_view OrgHeads();
std::string_view PlaceHeads();
std::string_view SpeechVerbs();
std::string_view Stopwords();
std::string_view Furniture();
std::string_view Collectives();
std::string_view Countries();
std::string_view Seats();
std::string_view OrgCues();
std::string_view Faiths();
std::string_view GivenNames();

}  // namespace claimgraph::extract::data

#endif  // CLAIMGRAPH_EXTRACT_EMBEDDED_DATA_H_
