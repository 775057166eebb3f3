#include "extract/names.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "extract/lexicon.h"

namespace claimgraph::extract {

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t sp = name.find(' ', pos);
    if (sp == std::string_view::npos) sp = name.size();
    if (sp > pos) out.emplace_back(name.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

bool SameSurname(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 5 && longer.size() - shorter.size() <= 2 && longer.compare(0, shorter.size(), shorter) == 0;
}

std::string AdminPlaceKey(std::string_view base_name) {
  return std::string(ToString(NodeType::kPlace)) + ":" + NormalizeKey(base_name) + "#admin";
}

std::string EntityKey(NodeType type, std::string_view name) {
  std::string key = NormalizeKey(name);
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  if (type == NodeType::kPlace) {
    for (std::string_view suffix : {" oblast", " region", " province", " krai", " district"})
      if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
        return AdminPlaceKey(key.substr(0, key.size() - suffix.size()));
  }
  return std::string(ToString(type)) + ":" + key;
}

bool IsGroupOfNations(std::string_view word) {
  if (word.size() < 2 || word.size() > 3 || word[0] != 'G') return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsRoleAcronym(std::string_view word) {
  return word == "CEO" || word == "CFO" || word == "COO" || word == "CTO";
}

bool IsMonth(std::string_view lower) {
  static const std::unordered_set<std::string_view> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  return kMonths.count(lower) > 0;
}

bool IsApproximator(std::string_view lower) {
  return lower == "around" || lower == "about" || lower == "some" || lower == "nearly" || lower == "almost" ||
         lower == "over";
}

bool IsCompassWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kCompass = {
      "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
      "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
      "southwestern", "northeast", "northwest", "southeast", "southwest"};
  return kCompass.count(lower) > 0;
}

std::string Singular(std::string_view plural) {
  if (plural.size() > 4 && plural.substr(plural.size() - 3) == "ies")
    return std::string(plural.substr(0, plural.size() - 3)) + "y";
  return std::string(plural.substr(0, plural.size() - 1));
}

bool IsParticipleVerb(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

bool IsPlaceNoun(std::string_view lower) {
  static const std::unordered_set<std::string_view> kNouns = {
      "town", "city", "village", "region", "province", "capital", "port", "district", "state", "oblast",
      "republic", "country", "island", "settlement", "county", "suburb", "borough"};
  return kNouns.count(lower) > 0;
}

bool IsFunctionWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "a",    "an",  "the",   "to",  "in",   "at",    "on",    "for",  "with", "from", "by",     "of",
      "and",  "or",  "but",   "is",  "are",  "was",   "were",  "be",   "been", "has",  "have",   "had",
      "will", "would", "that", "which", "who", "called", "named", "as", "into", "than", "about"};
  return kWords.count(lower) > 0;
}

std::string CountryAfterOf(std::string_view country) {
  auto ends_with = [&](std::string_view tail) {
    return country.size() > tail.size() && country.substr(country.size() - tail.size()) == tail;
  };
  // (plural names, and "the Gambia" by usage)
  static const std::set<std::string_view> kWithArticle = {"Netherlands", "Philippines", "Bahamas",   "Maldives",
                                                          "Comoros",     "Seychelles",  "Gambia"};
  const bool article = country.rfind("United ", 0) == 0 || country.rfind("Republic ", 0) == 0 ||
                       country.rfind("Democratic Republic ", 0) == 0 || ends_with(" Republic") ||
                       ends_with(" Islands") || ends_with(" Emirates") || kWithArticle.count(country) > 0;
  return article ? "the " + std::string(country) : std::string(country);
}

bool IsAdministrativeWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "oblast", "region", "province", "krai", "district", "county", "state", "d.c.", "dc",
      "republic", "territory", "prefecture", "municipality", "borough", "raion", "governorate", "department"};
  return kWords.count(lower) > 0;
}

bool IsKindOfPlaceWithin(std::string_view lower) {
  return IsPlaceNoun(lower) && lower != "country" && lower != "republic";
}

bool IsPlaceNounOrPlural(std::string_view lower) {
  return IsPlaceNoun(lower) || (lower.size() > 4 && lower.back() == 's' && IsPlaceNoun(Singular(lower)));
}

bool IsAreaNoun(std::string_view lower) {
  return lower == "seat" || lower == "constituency" || lower == "ward" || lower == "area" || lower == "suburb" ||
         lower == "neighbourhood" || lower == "neighborhood";
}

std::string TwoWords(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + 1 + b.size());
  out.append(a).append(1, ' ').append(b);
  return out;
}

bool IsBodyPeopleNoun(std::string_view lower) {
  static const std::unordered_set<std::string_view> kNouns = {
      "representatives", "officials", "executives", "members", "delegation", "delegates", "board",
      "directors", "management", "bosses", "chiefs", "heads", "envoys", "negotiators", "leadership"};
  return kNouns.count(lower) > 0;
}

}  // namespace claimgraph::extract
