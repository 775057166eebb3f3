// End-to-end tests of `claimgraph slides`: the deck's files, and index.html
// rendered by headless Chromium showing a diagram rather than a blank page.
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <catch2/catch.hpp>

#include "tests/harness.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace claimgraph::testing;

namespace {

std::vector<std::string> SvgFiles(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".svg") names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// ---- A minimal PNG reader (8-bit RGB/RGBA, not interlaced: what Chromium
// writes), enough to count the colours of a screenshot.

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgb;  // 3 bytes a pixel
};

uint32_t BigEndian(const std::string& s, size_t at) {
  return (uint32_t(uint8_t(s[at])) << 24) | (uint32_t(uint8_t(s[at + 1])) << 16) |
         (uint32_t(uint8_t(s[at + 2])) << 8) | uint32_t(uint8_t(s[at + 3]));
}

bool DecodePng(const std::string& file, Image* image) {
  if (file.size() < 8 || file.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) return false;
  int depth = 0, color = 0, interlace = 0;
  std::string idat;
  for (size_t at = 8; at + 12 <= file.size();) {
    uint32_t length = BigEndian(file, at);
    std::string type = file.substr(at + 4, 4);
    if (at + 12 + length > file.size()) return false;
    if (type == "IHDR") {
      image->width = static_cast<int>(BigEndian(file, at + 8));
      image->height = static_cast<int>(BigEndian(file, at + 12));
      depth = uint8_t(file[at + 16]);
      color = uint8_t(file[at + 17]);
      interlace = uint8_t(file[at + 20]);
    } else if (type == "IDAT") {
      idat += file.substr(at + 8, length);
    }
    at += 12 + length;
  }
  if (depth != 8 || (color != 2 && color != 6) || interlace != 0 || image->width <= 0) return false;
  const size_t channels = color == 6 ? 4 : 3, stride = channels * image->width;
  std::vector<unsigned char> raw((stride + 1) * image->height);
  uLongf raw_size = raw.size();
  if (uncompress(raw.data(), &raw_size, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) != Z_OK ||
      raw_size != raw.size())
    return false;
  std::vector<unsigned char> previous(stride, 0), row(stride);
  image->rgb.clear();
  for (int y = 0; y < image->height; ++y) {
    const unsigned char filter = raw[y * (stride + 1)];
    const unsigned char* in = &raw[y * (stride + 1) + 1];
    for (size_t x = 0; x < stride; ++x) {
      int a = x >= channels ? row[x - channels] : 0, b = previous[x], c = x >= channels ? previous[x - channels] : 0;
      int predicted = 0;
      switch (filter) {
        case 0: predicted = 0; break;
        case 1: predicted = a; break;
        case 2: predicted = b; break;
        case 3: predicted = (a + b) / 2; break;
        case 4: {
          int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
          predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: return false;
      }
      row[x] = static_cast<unsigned char>(in[x] + predicted);
    }
    for (int x = 0; x < image->width; ++x)
      image->rgb.insert(image->rgb.end(), &row[x * channels], &row[x * channels] + 3);
    previous = row;
  }
  return true;
}

// Pixels within 6 of colour (r, g, b) in every channel.
int CountColour(const Image& image, int r, int g, int b) {
  int count = 0;
  for (size_t i = 0; i + 2 < image.rgb.size(); i += 3)
    if (std::abs(image.rgb[i] - r) <= 6 && std::abs(image.rgb[i + 1] - g) <= 6 && std::abs(image.rgb[i + 2] - b) <= 6)
      ++count;
  return count;
}

// Screenshot of `url` by headless Chromium, as root-safe flags require.
std::string Screenshot(const TempDir& dir, const std::string& url, const std::string& name) {
  const std::string png = dir / name;
  const std::string profile = dir / (name + "-profile");
  Shell("/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync --hide-scrollbars "
        "--virtual-time-budget=5000 --user-data-dir='" + profile + "' --screenshot='" + png +
        "' --window-size=1280,720 '" + url + "'");
  return Slurp(png);
}

}  // namespace

TEST_CASE("slides writes 16:9 SVG diagrams, index.html and slides.md that show them in order", "[slides][e2e]") {
  TempDir dir;
  const std::string db = dir / "k.db", deck = dir / "deck";
  REQUIRE(Claimgraph("ingest --quiet --db '" + db + "' '" + kExamples + "'").code == 0);
  REQUIRE(Claimgraph("slides --db '" + db + "' -o '" + deck + "' --top 3").code == 0);

  const std::vector<std::string> svgs = SvgFiles(deck);
  REQUIRE(svgs.size() >= 3);
  CHECK(svgs.size() <= 7);  // overview + at most 3 people + at most 3 disputed claims
  CHECK(svgs[0] == "01-overview.svg");
  bool person = false, disputed = false;
  const std::regex size_re("<svg width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"");
  for (const auto& name : svgs) {
    const std::string svg = Slurp(deck + "/" + name);
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, size_re));
    // Graphviz fills the 13.33 x 7.5 in page to within a few points.
    CHECK(std::stod(m[1]) / std::stod(m[2]) == Approx(16.0 / 9.0).epsilon(0.05));
    CHECK(std::stod(m[2]) == Approx(540).epsilon(0.05));
    if (name.find("-person-vladimir-putin") != std::string::npos) {
      person = true;
      CHECK(svg.find("Putin") != std::string::npos);
      CHECK(svg.find(">said<") != std::string::npos);
    }
    if (name.find("-disputed-") != std::string::npos) {
      disputed = true;
      CHECK(svg.find("DISPUTED") != std::string::npos);
      CHECK(svg.find(">denied<") != std::string::npos);
    }
  }
  CHECK(person);
  CHECK(disputed);

  // Both decks reference every diagram, in file order.
  const std::string html = Slurp(deck + "/index.html"), md = Slurp(deck + "/slides.md");
  CHECK(html.find("keydown") != std::string::npos);
  CHECK(md.rfind("---\nmarp: true\n", 0) == 0);
  // A cut diagram's caption says how to see everything with a command that
  // exists: `slides` has no --all, `export` has.
  CHECK(md.find("claimgraph export --all") != std::string::npos);  // the 96-node overview is cut to 60
  CHECK(md.find("use --all") == std::string::npos);
  size_t html_at = 0, md_at = 0;
  for (const auto& name : svgs) {
    size_t h = html.find("data=\"" + name + "\"", html_at);
    size_t m = md.find("](" + name + ")", md_at);
    CHECK(h != std::string::npos);
    CHECK(m != std::string::npos);
    html_at = h == std::string::npos ? html_at : h;
    md_at = m == std::string::npos ? md_at : m;
  }

  // The same facts give the same deck.
  REQUIRE(Claimgraph("slides --db '" + db + "' -o '" + dir / "again" + "' --top 3").code == 0);
  for (const auto& name : svgs) CHECK(Slurp(deck + "/" + name) == Slurp(dir / "again/" + name));
  CHECK(Slurp(dir / "again/index.html") == html);
}

TEST_CASE("slides: usage errors exit 2", "[slides]") {
  CHECK(Claimgraph("slides --db /nonexistent.db").code == 2);              // no -o
  CHECK(Claimgraph("slides --db /nonexistent.db -o /tmp/x --top lots").code == 2);
  CHECK(Claimgraph("slides --db /nonexistent/k.db -o /tmp/x").code == 3);  // no database
}

// Why colours, not file sizes: a screenshot of a blank page and of a page
// with only a title are both small and vary with fonts; the fills of the
// diagram's nodes (person #dae8fc, organisation #ffe6cc, place #d5e8d4,
// claim #fffbe6) cannot appear unless the SVG was drawn. The control screenshot of an empty page proves the check
// can fail.
TEST_CASE("index.html renders a diagram in headless Chromium", "[slides][chromium]") {
  if (!fs::exists("/usr/bin/chromium")) {
    WARN("skipped: /usr/bin/chromium is not installed (Debian package chromium)");
    return;
  }
  TempDir dir;
  const std::string db = dir / "k.db", deck = dir / "deck";
  REQUIRE(Claimgraph("ingest --quiet --db '" + db + "' '" + kExamples + "'").code == 0);
  REQUIRE(Claimgraph("slides --db '" + db + "' -o '" + deck + "'").code == 0);

  Image shown, blank;
  REQUIRE(DecodePng(Screenshot(dir, "file://" + deck + "/index.html", "deck.png"), &shown));
  CHECK(shown.width == 1280);
  CHECK(shown.height == 720);
  // Node fills of docs/formats.md: person, organisation, place, claim.
  const int fills[] = {CountColour(shown, 0xda, 0xe8, 0xfc), CountColour(shown, 0xff, 0xe6, 0xcc),
                       CountColour(shown, 0xd5, 0xe8, 0xd4), CountColour(shown, 0xff, 0xfb, 0xe6)};
  INFO("fill pixels: person " << fills[0] << ", organisation " << fills[1] << ", place " << fills[2] << ", claim "
                              << fills[3]);
  int total = 0, kinds = 0;
  for (int f : fills) {
    total += f;
    kinds += f > 50;
  }
  CHECK(total > 1000);
  CHECK(kinds >= 3);  // several node types drawn, not one stray colour

  std::ofstream(dir / "empty.html") << "<!DOCTYPE html><html><body></body></html>\n";
  REQUIRE(DecodePng(Screenshot(dir, "file://" + dir / "empty.html", "empty.png"), &blank));
  CHECK(CountColour(blank, 0xda, 0xe8, 0xfc) + CountColour(blank, 0xff, 0xe6, 0xcc) +
            CountColour(blank, 0xd5, 0xe8, 0xd4) + CountColour(blank, 0xff, 0xfb, 0xe6) <
        50);
}
