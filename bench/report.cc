#include "bench/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "shared/core/utf8.h"

namespace chatfleet::bench {
namespace {

/// Characters on screen of UTF-8 text (code points; labels hold no wide characters).
std::size_t DisplayWidth(const std::string& text) { return CountCodePoints(text); }

}  // namespace

std::string FormatNumber(double value) {
  char text[64];
  if (std::isnan(value) || std::isinf(value)) return "nan";
  if (std::fabs(value) >= 1000) {
    std::snprintf(text, sizeof text, "%.0f", value);
  } else {
    std::snprintf(text, sizeof text, "%.3f", value);
    std::string trimmed = text;
    while (trimmed.ends_with('0')) trimmed.pop_back();
    if (trimmed.ends_with('.')) trimmed.pop_back();
    return trimmed;
  }
  return text;
}

void Report::Section(std::string title) { sections_.push_back({std::move(title), {}}); }

void Report::Row(std::string label, std::string value) {
  if (sections_.empty()) Section("");
  sections_.back().rows.emplace_back(std::move(label), std::move(value));
}

void Report::Key(std::string key, double value) {
  keys_.emplace_back(std::move(key), FormatNumber(value));
}

void Report::Key(std::string key, std::string value) {
  keys_.emplace_back(std::move(key), std::move(value));
}

void Report::Print(std::ostream& out) const {
  std::size_t width = 0;
  for (const auto& section : sections_) {
    for (const auto& [label, value] : section.rows) width = std::max(width, DisplayWidth(label));
  }
  for (const auto& section : sections_) {
    out << '\n' << section.title << '\n' << std::string(DisplayWidth(section.title), '-') << '\n';
    for (const auto& [label, value] : section.rows) {
      out << "  " << label << std::string(width - DisplayWidth(label) + 2, ' ') << value << '\n';
    }
  }
  out << '\n';
  for (const auto& [key, value] : keys_) out << key << '=' << value << '\n';
}

}  // namespace chatfleet::bench
