// Small helpers on names and place words shared by in-article resolution
// (entities.cc, entity_typing.cc, entity_resolution.cc), links (relations.cc) and cross-article resolution
// (consolidate.cc). Internal to extract/.
#ifndef CLAIMGRAPH_EXTRACT_NAMES_H_
#define CLAIMGRAPH_EXTRACT_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/facts.h"

namespace claimgraph::extract {

// The space-separated words of a name.
std::vector<std::string> Words(std::string_view name);

// Surname spellings that differ by a short ending ("Zelensky", "Zelenskyy"):
// equal, or the shorter (five letters or more) begins the longer, which has
// at most two letters more.
bool SameSurname(const std::string& a, const std::string& b);

// The key under which two mentions or entities of one type are the same
// name: normalised (NormalizeKey), without a leading "the"; for places the
// administrative forms "Kursk Oblast", "Kursk Region" and "Kursk region"
// share the key AdminPlaceKey("Kursk").
std::string EntityKey(NodeType type, std::string_view name);
std::string AdminPlaceKey(std::string_view base_name);

// "CEO", "CFO", "COO", "CTO": a role written in capitals ("Hallstein CEO Matthias
// Brenninger").
bool IsRoleAcronym(std::string_view word);

// "G7", "G8", "G20": a "Group of N" nations.
bool IsGroupOfNations(std::string_view word);
// A lower-case month name: "january" ... "december".
bool IsMonth(std::string_view lower);
// A lower-case word that makes a count approximate: "around 60", "some
// 200", "about", "nearly", "almost", "over".
bool IsApproximator(std::string_view lower);
// Lower-case direction words: "north", "south-eastern", "central".
bool IsCompassWord(std::string_view lower);
// Lower-case nouns for a kind of place: "town", "region", "capital".
bool IsPlaceNoun(std::string_view lower);
// Lower-case words for an administrative unit: "oblast", "region",
// "county", "state", "d.c." ("Kursk Oblast", "the Russian region").
bool IsAdministrativeWord(std::string_view lower);
// A place noun for a place inside a country, after a demonym: "the Kenyan
// capital", "the Russian region" (not "country", "republic").
bool IsKindOfPlaceWithin(std::string_view lower);
// A place noun or its plural: "town", "towns", "boroughs", "cities".
bool IsPlaceNounOrPlural(std::string_view lower);
// Lower-case nouns after a place's name that leave it that place: "the East
// Kilbride seat in Lanarkshire", "the Kibera area".
bool IsAreaNoun(std::string_view lower);

// A country's name as it reads after "of": "the United Kingdom", "the
// Netherlands", "the Czech Republic", but "Ukraine" ("Government of the
// United Kingdom", "Armed Forces of Ukraine").
std::string CountryAfterOf(std::string_view country);

// The singular of a plural ending in "s": "parties" -> "party" (when longer
// than four letters), "Democrats" -> "Democrat".
std::string Singular(std::string_view plural);

// "-ing" forms longer than four letters ("saying", "adding"): a participle.
bool IsParticipleVerb(std::string_view w);
// Lower-case words that end a run of descriptive words before a name
// ("London-based software developer X"): articles, prepositions,
// conjunctions, forms of be/have/will, "called", "named".
bool IsFunctionWord(std::string_view lower);
// Plural or collective nouns for the people who act for a body, read before
// "of"/"from" and its name: "representatives of X", "a delegation from X",
// "the board of X".
bool IsBodyPeopleNoun(std::string_view lower);
// "a b": two words joined by a space, for two-word lexicon keys.
std::string TwoWords(std::string_view a, std::string_view b);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_NAMES_H_
