// DecodeArticle: raw bytes -> article text, on the inputs ingest meets in
// the wild (docs/robustness.md).
#include "extract/document.h"

#include <catch2/catch.hpp>

#include <string>

namespace claimgraph::extract {
namespace {

std::string DecodeOk(std::string_view bytes, SourceFormat format = SourceFormat::kDetect) {
  auto decoded = DecodeArticle(bytes, format);
  INFO(decoded.status().ToString());
  REQUIRE(decoded.ok());
  CHECK(IsValidUtf8(decoded->text));
  return decoded->text;
}

std::string Refusal(std::string_view bytes) {
  auto decoded = DecodeArticle(bytes);
  REQUIRE_FALSE(decoded.ok());
  CHECK(decoded.status().code() == Status::Code::kInvalidArgument);
  return decoded.status().message();
}

}  // namespace

TEST_CASE("empty, binary, UTF-16 and oversized inputs are refused with a reason", "[document]") {
  CHECK(Refusal("") == "file is empty");
  CHECK(Refusal(" \r\n\t ") == "file is empty");
  CHECK_THAT(Refusal(std::string("PK\3\4\0\0text", 10)), Catch::Contains("binary (contains NUL bytes)"));
  CHECK_THAT(Refusal("\xFF\xFEH\0i\0"), Catch::Contains("UTF-16"));
  std::string controls;
  for (int i = 0; i < 200; ++i) controls += static_cast<char>(1 + i % 7);
  CHECK_THAT(Refusal(controls + "abc"), Catch::Contains("mostly control characters"));
  CHECK_THAT(Refusal("!!! ... 123 ---"), Catch::Contains("no text"));
  const std::string over(kMaxArticleBytes + 1, 'a');
  CHECK_THAT(Refusal(over), Catch::Contains("1 MiB limit"));
  const std::string at_limit(kMaxArticleBytes, 'a');
  CHECK(DecodeArticle(at_limit).ok());
}

TEST_CASE("a few control characters are text with blanks, not binary", "[document]") {
  CHECK(DecodeOk("Ann said\x01 hi\x1b[0m.\x7f") == "Ann said  hi [0m. ");
  // C1 controls (valid UTF-8, U+0085 and U+009B) become one space each.
  CHECK(DecodeOk("Bob\xC2\x85said\xC2\x9Bno. Caf\xC3\xA9") == "Bob said no. Café");
}

TEST_CASE("invalid UTF-8 is read as Windows-1252, keeping valid UTF-8 sequences", "[document]") {
  auto latin = DecodeArticle("Caf\xe9 owner said \x93hello\x94 \x80" "5.");
  REQUIRE(latin.ok());
  CHECK(latin->text == "Café owner said “hello” €5.");
  REQUIRE(latin->warnings.size() == 1);
  CHECK_THAT(latin->warnings[0], Catch::Contains("Windows-1252"));
  // One stray Latin-1 byte in a UTF-8 file: the UTF-8 characters survive.
  CHECK(DecodeOk("Zo\xC3\xAB said \xB1" "5 in Z\xC3\xBCrich") == "Zoë said ±5 in Zürich");
  // Truncated sequence at the very end, lone continuation bytes.
  CHECK(DecodeOk("end \xE2\x82") == "end â‚");
  CHECK(DecodeOk("\xBF\xBF text") == "¿¿ text");
  CHECK(DecodeOk("\xEF\xBB\xBFWith BOM") == "With BOM");
  CHECK(DecodeArticle("plain ASCII").value().warnings.empty());
}

TEST_CASE("HTML is reduced to text: tags, comments, scripts and styles dropped, entities decoded", "[document]") {
  auto page = DecodeArticle(
      "<!DOCTYPE html>\n<html><head><title>News</title><style>p { color: red }</style>"
      "<script type=\"text/javascript\">if (a < b && c > d) document.write('<p>evil</p>');</script></head>"
      "<body><!-- a comment with <p>markup</p> --><p>Tom &amp; Jerry said &ldquo;hi&rdquo; &#8212; "
      "&#x41;&#65;&#150;&nbsp;done.</p><noscript>Enable JS</noscript><p>1 &lt; 2 &bogus; &#xZZ; &#99999999999;</p>"
      "</body></html>");
  REQUIRE(page.ok());
  const std::string& text = page->text;
  CHECK_THAT(text, Catch::Contains("Tom & Jerry said “hi” — AA– done."));
  CHECK_THAT(text, Catch::Contains("1 < 2 &bogus; &#xZZ; &#99999999999;"));
  CHECK_THAT(text, Catch::Contains("News"));
  for (const char* gone : {"evil", "color", "comment", "Enable JS", "<p>", "document.write"}) {
    INFO(gone);
    CHECK(text.find(gone) == std::string::npos);
  }
  REQUIRE_FALSE(page->warnings.empty());
  CHECK_THAT(page->warnings.back(), Catch::Contains("HTML"));
}

TEST_CASE("HTML is detected by content that opens with markup, or by the file name", "[document]") {
  CHECK(DecodeOk("  <div class=\"story\"><span>Ann Lee</span> said yes.</div>") == "Ann Lee said yes.");
  CHECK(DecodeOk("<article>\n<h1>Title</h1>Text here.</article>").find("<h1>") == std::string::npos);
  // An article that merely quotes a tag is left alone.
  CHECK(DecodeOk("He typed <script> into the box.") == "He typed <script> into the box.");
  CHECK(DecodeOk("a < b and c > d, he said.") == "a < b and c > d, he said.");
  // A fragment without the usual markers, named *.html.
  CHECK(FormatForPath("news/Story.HTML") == SourceFormat::kHtml);
  CHECK(FormatForPath("a.htm") == SourceFormat::kHtml);
  CHECK(FormatForPath("a.html.txt") == SourceFormat::kDetect);
  CHECK(FormatForPath("dir.html/readme") == SourceFormat::kDetect);
  CHECK(DecodeOk("Ann <em>said</em> &quot;yes&quot;.", SourceFormat::kHtml) == "Ann said \"yes\".");
  CHECK(DecodeOk("Ann <em>said</em> yes.") == "Ann <em>said</em> yes.");
}

TEST_CASE("malformed HTML never reads out of bounds and stays linear", "[document]") {
  for (const char* html : {"<html><p>unclosed", "<html><script>never closed", "<html><!-- never closed",
                           "<html>&#", "<html>&", "<html><", "<html><p>x</p><", "<html>&#x;&#;&;"}) {
    INFO(html);
    auto decoded = DecodeArticle(html);  // may refuse ("no text"), must not crash
    if (decoded.ok()) CHECK(IsValidUtf8(decoded->text));
  }
  // 1 MiB of '&' without ';' (quadratic entity scanning would take minutes).
  std::string ampersands = "<html><body>" + std::string(kMaxArticleBytes - 20, '&') + "x";
  auto decoded = DecodeArticle(ampersands);
  REQUIRE(decoded.ok());
  CHECK(decoded->text.size() > 1000);
}

}  // namespace claimgraph::extract
