#include "core/facts_json.h"

#include <nlohmann/json.hpp>

namespace claimgraph {

using nlohmann::json;

namespace {

json SpanJson(const Span& s) { return json::array({s.start, s.end, s.sentence}); }
Span SpanFrom(const json& j) { return Span{j.at(0).get<int64_t>(), j.at(1).get<int64_t>(), j.at(2).get<std::string>()}; }

}  // namespace

std::string FactsToJson(const ArticleFacts& f) {
  json j;
  j["title"] = f.title;
  json& ents = j["entities"] = json::array();
  for (const auto& e : f.entities) {
    ents.push_back({{"type", ToString(e.type)}, {"name", e.name}, {"aliases", e.aliases}});
    if (e.unnamed) ents.back()["unnamed"] = true;  // (absent when false: older stored facts read the same)
  }
  json& claims = j["claims"] = json::array();
  for (const auto& c : f.claims) claims.push_back({{"text", c.text}, {"about", c.about}});
  json& sts = j["statements"] = json::array();
  for (const auto& s : f.statements)
    sts.push_back({{"speaker", s.speaker}, {"relation", ToString(s.relation)}, {"claim", s.claim},
                   {"direct", s.direct}, {"confidence", s.confidence}, {"evidence", SpanJson(s.evidence)}});
  json& links = j["links"] = json::array();
  for (const auto& l : f.links)
    links.push_back({{"relation", ToString(l.relation)}, {"a", l.a}, {"b", l.b}, {"where", l.where},
                     {"when", l.when}, {"evidence", SpanJson(l.evidence)}});
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

StatusOr<ArticleFacts> FactsFromJson(const std::string& text) {
  try {
    json j = json::parse(text);
    ArticleFacts f;
    f.title = j.at("title").get<std::string>();
    for (const auto& e : j.at("entities")) {
      auto type = ParseNodeType(e.at("type").get<std::string>());
      if (!type || *type == NodeType::kClaim) return Status::Corruption("bad entity type in stored facts");
      f.entities.push_back({*type, e.at("name").get<std::string>(), e.at("aliases").get<std::vector<std::string>>(),
                            e.value("unnamed", false)});
    }
    const int n_entities = static_cast<int>(f.entities.size());
    for (const auto& c : j.at("claims")) {
      ArticleClaim claim{c.at("text").get<std::string>(), c.at("about").get<std::vector<int>>()};
      for (int a : claim.about)
        if (a < 0 || a >= n_entities) return Status::Corruption("claim about a missing entity");
      f.claims.push_back(std::move(claim));
    }
    for (const auto& s : j.at("statements")) {
      Statement st;
      st.speaker = s.at("speaker").get<int>();
      auto rel = ParseRelation(s.at("relation").get<std::string>());
      if (!rel) return Status::Corruption("bad statement relation in stored facts");
      st.relation = *rel;
      st.claim = s.at("claim").get<int>();
      st.direct = s.at("direct").get<bool>();
      st.confidence = s.at("confidence").get<double>();
      st.evidence = SpanFrom(s.at("evidence"));
      if (st.speaker < -1 || st.speaker >= n_entities || st.claim < 0 ||
          st.claim >= static_cast<int>(f.claims.size()))
        return Status::Corruption("statement refers to a missing entity or claim");
      f.statements.push_back(std::move(st));
    }
    for (const auto& l : j.at("links")) {
      Link link;
      auto rel = ParseRelation(l.at("relation").get<std::string>());
      if (!rel) return Status::Corruption("bad link relation in stored facts");
      link.relation = *rel;
      link.a = l.at("a").get<int>();
      link.b = l.at("b").get<int>();
      link.where = l.at("where").get<std::string>();
      link.when = l.at("when").get<std::string>();
      link.evidence = SpanFrom(l.at("evidence"));
      if (link.a < 0 || link.a >= n_entities || link.b < 0 || link.b >= n_entities)
        return Status::Corruption("link refers to a missing entity");
      f.links.push_back(std::move(link));
    }
    return f;
  } catch (const json::exception& e) {
    return Status::Corruption(std::string("stored facts are not valid: ") + e.what());
  }
}

}  // namespace claimgraph
